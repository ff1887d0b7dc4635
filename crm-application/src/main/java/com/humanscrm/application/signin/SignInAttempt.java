package com.humanscrm.application.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A sign-in that was sent to Google and has not come back yet: what the callback must match. Kept in
 * the database, not in the browser or one server's memory, so that the callback may reach any
 * instance; used at most once.
 *
 * @param stateHash the SHA-256 of the {@code state} sent to Google (the state itself is a secret the browser carries)
 * @param nonce what the ID token must carry, proving it was issued for this sign-in
 * @param codeVerifier the PKCE verifier whose challenge was sent to Google
 * @param returnTo where to send the browser afterwards (an allowed origin's URL), or {@code null} for the app
 */
public record SignInAttempt(String stateHash, String nonce, String codeVerifier, String returnTo, Instant expiresAt) {

    public static final Duration LIFETIME = Duration.ofMinutes(10);

    public SignInAttempt {
        Objects.requireNonNull(stateHash, "stateHash");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(codeVerifier, "codeVerifier");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}

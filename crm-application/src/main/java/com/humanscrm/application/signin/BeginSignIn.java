package com.humanscrm.application.signin;

import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.shared.Secrets;
import java.net.URI;
import java.time.Clock;

/**
 * Starts a sign-in with Google: remembers what the callback must match (in the database, so any
 * instance can complete it) and says where to send the browser.
 */
public final class BeginSignIn {

    private static final String STATE_MARKER = "st_";

    private final SignInAttempts attempts;
    private final IdentityProvider identityProvider;
    private final SignInPolicy policy;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public BeginSignIn(SignInAttempts attempts, IdentityProvider identityProvider, SignInPolicy policy, UnitOfWork unitOfWork,
                       Clock clock) {
        this.attempts = attempts;
        this.identityProvider = identityProvider;
        this.policy = policy;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /**
     * @param returnTo where to go once signed in: a path in the app or a URL of an allowed origin;
     *                 {@code null} or blank for the app URL
     * @throws com.humanscrm.domain.shared.RuleViolationException on field {@code returnTo} for anywhere else
     */
    public Started execute(String returnTo) {
        URI checkedReturnTo = ReturnTo.check(returnTo, policy);
        String state = Secrets.generate(STATE_MARKER);
        String nonce = Secrets.generate("");
        // 43 characters of [A-Za-z0-9-_]: a verifier as RFC 7636 section 4.1 asks for.
        String codeVerifier = Secrets.generate("");
        SignInAttempt attempt = new SignInAttempt(Secrets.sha256Hex(state), nonce, codeVerifier,
                checkedReturnTo == null ? null : checkedReturnTo.toString(), clock.instant().plus(SignInAttempt.LIFETIME));
        // Asked first: a provider that cannot serve (not configured) must not leave an attempt behind.
        URI authorizationUri = identityProvider.authorizationUri(state, nonce, Pkce.challenge(codeVerifier));
        unitOfWork.inTransaction(() -> {
            attempts.add(attempt);
            return null;
        });
        return new Started(authorizationUri, state);
    }

    /**
     * @param authorizationUri where to send the browser
     * @param state the secret the browser must bring back; only its hash is stored, so the HTTP layer
     *              also binds it to the browser (a short-lived cookie) to refuse a sign-in started elsewhere
     */
    public record Started(URI authorizationUri, String state) {
    }
}

package com.humanscrm.application.signin;

import java.net.URI;

/**
 * Google (or a stand-in for it in tests), as an OpenID Connect provider using the authorization code
 * flow with PKCE.
 */
public interface IdentityProvider {

    /** Where to send the browser to sign in: the provider's authorization endpoint with these parameters. */
    URI authorizationUri(String state, String nonce, String codeChallenge);

    /**
     * Exchanges the code from the callback for an ID token, and verifies the token: its signature
     * against the provider's keys, issuer, audience and expiry. What the token says about the person is
     * returned as it is, for the caller to judge (nonce, verified email, hosted domain).
     *
     * @throws SignInException {@code SIGN_IN_FAILED} when the exchange fails or the token does not verify
     * @throws com.humanscrm.application.shared.UnavailableException when the provider cannot be reached
     */
    VerifiedIdentity exchange(String code, String codeVerifier);
}

package com.humanscrm.adapters.http;

import com.humanscrm.adapters.http.auth.GoogleIdentityProvider;
import com.humanscrm.adapters.http.shared.SignInNotConfiguredException;
import com.humanscrm.application.signin.IdentityProvider;
import com.humanscrm.application.signin.VerifiedIdentity;
import java.net.URI;

/** Signing in with Google, as the sign-in use cases see it: the public factory for whoever wires the CRM. */
public final class GoogleSignIn {

    private GoogleSignIn() {
    }

    /**
     * Google's OpenID Connect endpoints, reached with Google's OAuth client library: builds the
     * authorization URL and exchanges codes for ID tokens, which it verifies against {@code jwksUri}.
     *
     * @throws IllegalStateException when the environment tells the library to skip signature checks
     */
    public static IdentityProvider identityProvider(GoogleSettings settings) {
        return new GoogleIdentityProvider(settings);
    }

    /**
     * For a server without a Google OAuth client: every sign-in is refused with 503
     * {@code SIGN_IN_NOT_CONFIGURED}, which names the variables to set. API keys work as ever.
     */
    public static IdentityProvider notConfigured() {
        return NotConfigured.INSTANCE;
    }

    private enum NotConfigured implements IdentityProvider {
        INSTANCE;

        @Override
        public URI authorizationUri(String state, String nonce, String codeChallenge) {
            throw new SignInNotConfiguredException();
        }

        @Override
        public VerifiedIdentity exchange(String code, String codeVerifier) {
            throw new SignInNotConfiguredException();
        }
    }
}

package com.humanscrm.adapters.http.shared;

/**
 * A sign-in with Google asked of a server that has no Google OAuth client configured: 503
 * {@code SIGN_IN_NOT_CONFIGURED}, without {@code Retry-After}: waiting does not help, an operator must act.
 */
public final class SignInNotConfiguredException extends RuntimeException {

    public static final String CODE = "SIGN_IN_NOT_CONFIGURED";

    public SignInNotConfiguredException() {
        super("Google sign-in is not configured on this server: set CRM_GOOGLE_CLIENT_ID and CRM_GOOGLE_CLIENT_SECRET",
                null, false, false);
    }
}

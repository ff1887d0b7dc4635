package com.humanscrm.application.auth;

import com.humanscrm.domain.shared.DomainException;

/** No credential, or one that does not (or no longer) identify an active colleague. */
public final class AuthenticationException extends DomainException {

    private AuthenticationException(String code, String message) {
        super(code, message);
    }

    public static AuthenticationException required() {
        return new AuthenticationException("AUTH_REQUIRED", "Sign in, or send an API key as 'Authorization: Bearer <key>'");
    }

    public static AuthenticationException invalid() {
        return new AuthenticationException("AUTH_INVALID", "The credential is unknown, revoked, expired or belongs to a deactivated colleague");
    }
}

package com.humanscrm.application.signin;

import com.humanscrm.domain.shared.DomainException;

/**
 * A sign-in that cannot complete. {@link #failed} is the browser's or the provider's request going
 * wrong (400); {@link #refused} is a person this CRM does not let in (403).
 */
public final class SignInException extends DomainException {

    private final boolean refused;

    private SignInException(String code, String message, boolean refused) {
        super(code, message);
        this.refused = refused;
    }

    /** A missing, unknown, used or expired state; a missing code; a failed exchange; a token that does not verify. */
    public static SignInException failed(String code, String message) {
        return new SignInException(code, message, false);
    }

    /** An unknown or deactivated colleague, an unverified email, an account outside the allowed domain. */
    public static SignInException refused(String code, String message) {
        return new SignInException(code, message, true);
    }

    public boolean refused() {
        return refused;
    }
}

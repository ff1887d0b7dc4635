package com.humanscrm.application.shared;

import com.humanscrm.domain.shared.DomainException;

/** Authenticated, but not allowed to do this. */
public final class AccessDeniedException extends DomainException {

    public AccessDeniedException(String message) {
        super("FORBIDDEN", message);
    }
}

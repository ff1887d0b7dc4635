package com.humanscrm.application.shared;

import com.humanscrm.domain.shared.DomainException;

/** A dependency (the database, the blob store) cannot be reached just now; the request may be retried. */
public final class UnavailableException extends DomainException {

    public UnavailableException(String message, Throwable cause) {
        super("UNAVAILABLE", message, cause);
    }
}

package com.humanscrm.application.shared;

import com.humanscrm.domain.shared.DomainException;

/** Input that cannot even be read: a tampered cursor, for instance. */
public final class MalformedRequestException extends DomainException {

    public MalformedRequestException(String message) {
        super("MALFORMED_REQUEST", message);
    }
}

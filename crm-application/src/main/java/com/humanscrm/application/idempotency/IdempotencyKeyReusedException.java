package com.humanscrm.application.idempotency;

import com.humanscrm.domain.shared.DomainException;

/** An idempotency key sent again with another request than the one it was first used for. */
public final class IdempotencyKeyReusedException extends DomainException {

    public IdempotencyKeyReusedException(String message) {
        super("IDEMPOTENCY_KEY_REUSED", message);
    }
}

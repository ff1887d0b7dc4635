package com.humanscrm.adapters.http.shared;

/** A browser request that changes something, sent from a page of an origin this API does not trust: 403. */
public final class OriginNotAllowedException extends RuntimeException {

    public OriginNotAllowedException(String message) {
        super(message, null, false, false);
    }
}

package com.humanscrm.adapters.http.shared;

/** The client stopped sending its request before it was whole: 408, and nothing of it is kept. */
public final class RequestTimeoutException extends RuntimeException {

    RequestTimeoutException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}

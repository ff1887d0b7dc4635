package com.humanscrm.domain.shared;

/**
 * A request the domain refuses. Each subclass is one kind of refusal; {@link #code()} is a stable,
 * machine-readable name that clients can rely on across releases.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        this(code, message, null);
    }

    /** Refusals are expected and frequent, so they skip the stack trace: the code and message say it all. */
    protected DomainException(String code, String message, Throwable cause) {
        super(message, cause, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

package com.humanscrm.application.document;

/** An upload went past the configured size limit; nothing of it is kept. */
public final class DocumentTooLargeException extends RuntimeException {

    private final long maxBytes;

    public DocumentTooLargeException(long maxBytes) {
        super("A document may be at most " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}

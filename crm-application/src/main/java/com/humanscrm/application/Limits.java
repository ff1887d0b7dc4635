package com.humanscrm.application;

/**
 * Limits an operator sets for the use cases.
 *
 * @param maxDocumentBytes the largest document an upload may bring
 */
public record Limits(long maxDocumentBytes) {

    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 25L * 1024 * 1024;

    public Limits {
        if (maxDocumentBytes < 1) {
            throw new IllegalArgumentException("The document size limit must be at least one byte: " + maxDocumentBytes);
        }
    }

    public static Limits defaults() {
        return new Limits(DEFAULT_MAX_DOCUMENT_BYTES);
    }
}

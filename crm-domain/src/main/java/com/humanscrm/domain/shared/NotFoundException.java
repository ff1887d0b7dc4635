package com.humanscrm.domain.shared;

/** The record asked for does not exist. */
public final class NotFoundException extends DomainException {

    private NotFoundException(String code, String message) {
        super(code, message);
    }

    /** {@code of(RecordKind.API_KEY, id)} gives code {@code API_KEY_NOT_FOUND}. */
    public static NotFoundException of(RecordKind kind, Object id) {
        return new NotFoundException(kind.name() + "_NOT_FOUND", "No " + kind.words() + " with id " + id);
    }

    /** The record exists, but not what it holds elsewhere (a document's bytes): {@code DOCUMENT_CONTENT_NOT_FOUND}. */
    public static NotFoundException contentOf(RecordKind kind, Object id) {
        return new NotFoundException(kind.name() + "_CONTENT_NOT_FOUND", "The content of " + kind.words() + " " + id
                + " is missing");
    }
}

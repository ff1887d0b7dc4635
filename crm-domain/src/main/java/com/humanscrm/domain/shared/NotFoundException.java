package com.humanscrm.domain.shared;

import java.util.Locale;

/** The record asked for does not exist. */
public final class NotFoundException extends DomainException {

    private NotFoundException(String code, String message) {
        super(code, message);
    }

    /** {@code of("human", id)} gives code {@code HUMAN_NOT_FOUND}. */
    public static NotFoundException of(String entity, Object id) {
        String code = entity.toUpperCase(Locale.ROOT).replace(' ', '_') + "_NOT_FOUND";
        return new NotFoundException(code, "No " + entity + " with id " + id);
    }
}

package com.humanscrm.adapters.http.shared;

import java.util.List;
import java.util.Map;

/**
 * A request whose shape is wrong (a missing field, a wrong type, a bad query parameter): answered
 * with 422 and the same field and form errors as the domain's rule violations.
 */
public final class InvalidRequestException extends RuntimeException {

    private final Map<String, List<String>> fieldErrors;
    private final List<String> formErrors;

    InvalidRequestException(Map<String, List<String>> fieldErrors, List<String> formErrors) {
        super("The request is not valid: " + (fieldErrors.isEmpty() ? formErrors : fieldErrors), null, false, false);
        this.fieldErrors = Map.copyOf(fieldErrors);
        this.formErrors = List.copyOf(formErrors);
    }

    public static InvalidRequestException field(String field, String problem) {
        return new InvalidRequestException(Map.of(field, List.of(problem)), List.of());
    }

    /** Several fields at once, each with its messages. */
    public static InvalidRequestException fields(Map<String, List<String>> fieldErrors) {
        return new InvalidRequestException(fieldErrors, List.of());
    }

    public static InvalidRequestException form(String problem) {
        return new InvalidRequestException(Map.of(), List.of(problem));
    }

    Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }

    List<String> formErrors() {
        return formErrors;
    }
}

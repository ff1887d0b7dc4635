package com.humanscrm.adapters.http.shared;

import com.humanscrm.application.shared.MalformedRequestException;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a request body into a request record: JSON only (415 otherwise), within the size limit (413,
 * enforced by Javalin as the body is read), well-formed (400), of the right shape and types (422 from
 * the mapper) and satisfying the record's Bean Validation constraints (422 with every violation).
 */
public final class Bodies {

    // Thread-safe and costly to build: one for the whole process.
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private Bodies() {
    }

    public static <T> T read(Context ctx, Class<T> type) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).matches("application/json\\s*(;.*)?")) {
            throw new UnsupportedMediaTypeResponse("Send the body as application/json, not " + contentType);
        }
        String body = ctx.body();
        if (body.isBlank()) {
            throw new MalformedRequestException("This request needs a JSON body");
        }
        // Not ctx.jsonMapper(): its Kotlin signature turns the body "null" into a NullPointerException.
        T request = Json.MAPPER.readValue(body, type);
        if (request == null) {
            throw InvalidRequestException.form("The body must be a JSON object, not null");
        }
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(request);
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        return request;
    }

    private static InvalidRequestException invalid(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, List<String>> fieldErrors = new TreeMap<>();
        for (ConstraintViolation<?> violation : violations) {
            fieldErrors.computeIfAbsent(pathOf(violation.getPropertyPath()), field -> new ArrayList<>())
                    .add(violation.getMessage());
        }
        fieldErrors.values().forEach(messages -> messages.sort(null));
        return new InvalidRequestException(fieldErrors, List.of());
    }

    /** {@code emails[0].email}, {@code types[1]}: Hibernate's own rendering adds {@code <list element>} nodes. */
    private static String pathOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}

package com.humanscrm.adapters.http.shared;

import com.humanscrm.application.shared.MalformedRequestException;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnsupportedMediaTypeResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;

/**
 * Reads a request body into a request record: JSON in UTF-8 only (415 otherwise), within the size limit
 * (413, enforced by Javalin as the body is read), whole (400 when it breaks off, 408 when it stalls),
 * valid UTF-8 and well-formed (400), of the right shape and types (422 from the mapper) and satisfying
 * the record's Bean Validation constraints (422 with every violation).
 */
public final class Bodies {

    // Thread-safe and costly to build: one for the whole process.
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private Bodies() {
    }

    public static <T> T read(Context ctx, Class<T> type) {
        requireUtf8Json(ctx.header(Header.CONTENT_TYPE)); // ctx.contentType() fails on an unknown charset
        String body = utf8(bytes(ctx));
        if (body.isBlank()) {
            throw new MalformedRequestException("This request needs a JSON body");
        }
        // Not ctx.jsonMapper(): its Kotlin signature turns the body "null" into a NullPointerException.
        T request = Json.MAPPER.readValue(body, type);
        if (request == null) {
            throw InvalidRequestException.form("The body must be a JSON object, not null");
        }
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(request, Counts.class);
        if (violations.isEmpty()) {
            violations = VALIDATOR.validate(request);
        }
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        return request;
    }

    /**
     * The constraints checked before all others, and alone when one fails: how many entries a list may
     * have ({@code @Size(max = …, groups = Counts.class)}), so a list far too long is one error and its
     * entries are never looked at.
     */
    public interface Counts {
    }

    /**
     * A failure while reading a request body, as the client's error it is: a body that stalled past the
     * idle timeout (408), or one that ended before its {@code Content-Length} or its framing did (400).
     */
    public static RuntimeException brokenOff(Throwable failure, String what) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return new RequestTimeoutException(what + " stalled: nothing more came within the server's idle timeout", failure);
            }
        }
        return new MalformedRequestException(what + " broke off before its end");
    }

    private static void requireUtf8Json(String contentType) {
        String[] parts = contentType == null ? new String[] {""} : contentType.split(";", -1);
        if (!parts[0].strip().equalsIgnoreCase("application/json")) {
            throw new UnsupportedMediaTypeResponse("Send the body as application/json, not " + contentType);
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("charset")) {
                String charset = parameter.length < 2 ? "" : parameter[1].strip().replaceAll("^\"|\"$", "");
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    throw new UnsupportedMediaTypeResponse("Send JSON in UTF-8 (charset=utf-8, or no charset), not charset=" + charset);
                }
            }
        }
    }

    /**
     * The body's bytes, read the one way every reader of a body reads them: a body that breaks off or
     * stalls is the client's error (400, 408), never a 500. (Javalin's {@code ctx.body()} would also
     * decode with whatever charset the client named, and quietly replace bad bytes.)
     */
    public static byte[] bytes(Context ctx) {
        try {
            return ctx.bodyAsBytes();
        } catch (HttpResponseException e) {
            throw e; // 413 from Javalin's size limit
        } catch (Exception e) { // Javalin passes Jetty's IOException on, undeclared
            if (e instanceof IOException || e instanceof UncheckedIOException) {
                throw brokenOff(e, "The body");
            }
            throw e;
        }
    }

    /** Strict: a byte sequence that is not UTF-8 (an overlong form, half a surrogate pair) is refused, never replaced. */
    private static String utf8(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            throw new MalformedRequestException("The body is not valid UTF-8: bytes at offset " + in.position() + " are no character");
        }
        return out.flip().toString();
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

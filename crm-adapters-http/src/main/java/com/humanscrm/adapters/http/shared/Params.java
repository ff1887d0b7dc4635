package com.humanscrm.adapters.http.shared;

import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.NotFoundException;
import io.javalin.http.Context;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Path and query parameters, read the same way by every route. */
public final class Params {

    private static final Pattern ASCII_DIGITS = Pattern.compile("[0-9]{1,9}");

    private Params() {
    }

    /**
     * The id in a path parameter. An id that is not even a UUID names no record, so it is the same 404
     * as an unknown one: {@code entity} gives the code ({@code human} → {@code HUMAN_NOT_FOUND}).
     */
    public static UUID pathId(Context ctx, String name, String entity) {
        String value = ctx.pathParam(name);
        try {
            return canonicalUuid(value);
        } catch (IllegalArgumentException e) {
            throw NotFoundException.of(entity, value);
        }
    }

    /**
     * A query parameter, or {@code null} when absent or empty; {@code parse} reports bad values itself.
     * Given twice, or as text nothing could store, it is refused rather than guessed at.
     */
    public static <T> T query(Context ctx, String name, Function<String, T> parse) {
        List<String> values = ctx.queryParams(name);
        if (values.size() > 1) {
            throw InvalidRequestException.field(name, "must be given at most once");
        }
        String value = values.isEmpty() ? null : values.getFirst();
        if (value != null && !Checks.isStorableText(value)) {
            throw InvalidRequestException.field(name, Checks.UNSTORABLE_TEXT);
        }
        return value == null || value.isEmpty() ? null : parse.apply(value);
    }

    /** As {@link #query(Context, String, Function)}; a value {@code parse} rejects is a 422 on the parameter. */
    public static <T> T query(Context ctx, String name, Function<String, T> parse, String expectation) {
        return query(ctx, name, value -> {
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                throw InvalidRequestException.field(name, expectation);
            }
        });
    }

    public static String text(Context ctx, String name) {
        return query(ctx, name, Function.identity());
    }

    public static Boolean bool(Context ctx, String name) {
        return query(ctx, name, Params::strictBoolean, "must be true or false");
    }

    public static UUID uuid(Context ctx, String name) {
        return query(ctx, name, Params::canonicalUuid, "must be a UUID");
    }

    /**
     * A number written in ASCII digits, as every client writes one: {@code Integer.parseInt} also takes
     * Arabic-Indic, Devanagari or full-width digits, and a sign.
     */
    public static int wholeNumber(String value) {
        if (!ASCII_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException(value);
        }
        return Integer.parseInt(value);
    }

    private static boolean strictBoolean(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    // UUID.fromString also takes forms like "1-2-3-4-5"; an id is only ever written the canonical way.
    private static UUID canonicalUuid(String value) {
        UUID uuid = UUID.fromString(value);
        if (!uuid.toString().equalsIgnoreCase(value)) {
            throw new IllegalArgumentException(value);
        }
        return uuid;
    }
}

package com.humanscrm.adapters.http.shared;

import com.humanscrm.application.shared.MalformedRequestException;
import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RecordKind;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Path and query parameters, read the same way by every route. */
public final class Params {

    private static final String QUERY_PARAMETERS = Params.class.getName() + ".query";
    private static final Pattern ASCII_DIGITS = Pattern.compile("[0-9]{1,9}");

    private Params() {
    }

    /**
     * The id in a path parameter. An id that is not even a UUID names no record, so it is the same 404
     * as an unknown one ({@code HUMAN_NOT_FOUND} for {@link RecordKind#HUMAN}).
     */
    public static UUID pathId(Context ctx, String name, RecordKind entity) {
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
        List<String> values = queryParameters(ctx).getOrDefault(name, List.of());
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

    /** An ISO-8601 instant that a timestamp column can hold, such as a list's {@code dateFrom}. */
    public static Instant moment(Context ctx, String name) {
        return query(ctx, name, value -> Checks.timestamp(instant(value), name),
                "must be an ISO-8601 timestamp such as 2026-03-01T09:00:00Z");
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(value, e);
        }
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

    /**
     * The query string's parameters, decoded once per request as UTF-8, strictly. Javalin's own parsing
     * decodes with the charset of the request's {@code Content-Type} (so {@code charset=bogus} silently drops
     * every parameter, and a bare {@code charset} fails), and replaces bytes that are not UTF-8.
     */
    private static Map<String, List<String>> queryParameters(Context ctx) {
        Map<String, List<String>> parsed = ctx.attribute(QUERY_PARAMETERS);
        if (parsed == null) {
            parsed = new HashMap<>();
            String query = ctx.queryString();
            if (query != null && !query.isEmpty()) {
                for (String pair : query.split("&")) {
                    int equals = pair.indexOf('=');
                    String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
                    String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
                    parsed.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
                }
            }
            ctx.attribute(QUERY_PARAMETERS, parsed);
        }
        return parsed;
    }

    /** Form encoding ({@code +} for a space, {@code %XX} for a byte), the bytes then read as UTF-8 that must be whole. */
    private static String decoded(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
                if (low < 0) {
                    throw new MalformedRequestException("The query string has a % that is not followed by two hex digits");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        String text = Utf8.orNull(bytes.toByteArray());
        if (text == null) {
            throw new MalformedRequestException("The query string is not valid UTF-8 once percent-decoded");
        }
        return text;
    }

    private static boolean strictBoolean(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    /**
     * A UUID written the canonical way, as every id is: {@code UUID.fromString} also takes forms like
     * {@code 1-2-3-4-5}. Anything else is an {@link IllegalArgumentException}.
     */
    public static UUID canonicalUuid(String value) {
        UUID uuid = UUID.fromString(value);
        if (!uuid.toString().equalsIgnoreCase(value)) {
            throw new IllegalArgumentException(value);
        }
        return uuid;
    }
}

package com.humanscrm.domain.shared;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/** Value invariants shared by the domain's constructors; each failure names the field. */
public final class Checks {

    // Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is not ours to judge.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
    public static final String UNSTORABLE_TEXT = "must not contain control characters or broken Unicode";

    private Checks() {
    }

    /**
     * Whether text can be stored and shown as it is: no control characters but tab and line breaks
     * (PostgreSQL refuses NUL outright), and no half of a surrogate pair, which would silently turn
     * into "?" on its way to UTF-8.
     */
    public static boolean isStorableText(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    public static String text(String value, String field, int minLength, int maxLength) {
        if (value == null) {
            throw RuleViolationException.field(field, "is required");
        }
        if (!isStorableText(value)) {
            throw RuleViolationException.field(field, UNSTORABLE_TEXT);
        }
        String trimmed = value.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length < minLength || length > maxLength) {
            throw RuleViolationException.field(field,
                    minLength == 1 && length == 0 ? "must not be blank"
                            : "must be between " + minLength + " and " + maxLength + " characters");
        }
        return trimmed;
    }

    /** Like {@link #text} but {@code null} (and blank) mean "not given". */
    public static String optionalText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(value, field, 1, maxLength);
    }

    public static String email(String value, String field) {
        String email = text(value, field, 3, 255);
        if (!EMAIL.matcher(email).matches()) {
            throw RuleViolationException.field(field, "must be a well-formed email address");
        }
        return email;
    }

    /**
     * A moment a timestamp column can hold (years 1 to 9999): ISO-8601 parsers take years far beyond, which
     * the database would refuse with an error instead of a field problem. {@code null} is refused as missing.
     */
    public static Instant timestamp(Instant value, String field) {
        required(value, field);
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw RuleViolationException.field(field, "must be between years 1 and 9999");
        }
        return value;
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw RuleViolationException.field(field, "is required");
        }
        return value;
    }

    public static void notNull(Object value, String what) {
        Objects.requireNonNull(value, what);
    }
}

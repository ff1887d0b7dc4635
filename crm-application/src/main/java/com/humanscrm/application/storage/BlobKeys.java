package com.humanscrm.application.storage;

import java.util.regex.Pattern;

/**
 * What a blob key may be. Keys are made by our code ({@code documents/<uuid>}), never taken from a
 * client, so a bad key is a programming error and is refused with {@link IllegalArgumentException}.
 *
 * <p>The alphabet is small on purpose so that every store can hold every key unchanged and no key can
 * mean something special to one of them: 1 to {@value #MAX_LENGTH} characters of {@code a-z 0-9 . _ -}
 * in segments of at most {@value #MAX_SEGMENT_LENGTH} separated by single {@code /}; no empty segment
 * (so no leading, trailing or double slash), and no {@code .} or {@code ..} segment. (A segment must fit
 * a file name, which most filesystems cap at 255 bytes.)
 *
 * <p>Callers must not use a key as the "directory" of others ({@code a} beside {@code a/b}): S3 allows
 * it, but MinIO and s3proxy refuse it, so the contract does not promise it. Our keys
 * ({@code documents/<uuid>}) never do it. A filesystem adapter still checks that the path it
 * derives stays under its root: two locks, not one.
 */
public final class BlobKeys {

    public static final int MAX_LENGTH = 512;
    public static final int MAX_SEGMENT_LENGTH = 200;

    private static final String SEGMENT = "[a-z0-9._-]{1," + MAX_SEGMENT_LENGTH + "}";
    private static final Pattern KEY = Pattern.compile(SEGMENT + "(/" + SEGMENT + ")*");
    /** A listing prefix is the start of a key: it may end in {@code /} or part-way through a segment. */
    private static final Pattern PREFIX = Pattern.compile("(" + SEGMENT + "/)*(" + SEGMENT + ")?");

    private BlobKeys() {
    }

    /** Returns the key if it is valid; otherwise refuses it, saying why. */
    public static String requireValid(String key) {
        return require(key, KEY, "key");
    }

    /** Returns the listing prefix if it is valid ({@code ""}, or the start of a valid key). */
    public static String requireValidPrefix(String prefix) {
        return require(prefix, PREFIX, "key prefix");
    }

    public static boolean isValid(String key) {
        return fits(key, KEY);
    }

    private static String require(String value, Pattern shape, String what) {
        if (!fits(value, shape)) {
            throw new IllegalArgumentException("Not a valid blob " + what + " (1 to " + MAX_LENGTH
                    + " characters, segments of 1 to " + MAX_SEGMENT_LENGTH
                    + " of a-z 0-9 . _ - joined by single /, no . or .. segment): " + printable(value));
        }
        return value;
    }

    private static boolean fits(String value, Pattern shape) {
        return value != null && value.length() <= MAX_LENGTH && shape.matcher(value).matches() && !hasDotSegment(value);
    }

    private static boolean hasDotSegment(String value) {
        for (String segment : value.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** The start of a refused value, with control characters made visible: a hostile key may hold any. */
    private static String printable(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder text = new StringBuilder("\"");
        value.codePoints().limit(80)
                .forEach(c -> text.append(Character.isISOControl(c) ? "\\u%04x".formatted(c) : Character.toString(c)));
        return text.append(value.length() > 80 ? "…\"" : "\"").toString();
    }
}

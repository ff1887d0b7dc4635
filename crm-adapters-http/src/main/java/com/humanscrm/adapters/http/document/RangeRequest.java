package com.humanscrm.adapters.http.document;

import com.humanscrm.application.storage.ByteRange;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a document a {@code Range} header asks for (RFC 9110 §14), for a document of a known size.
 * Only one range of bytes is served; a header this does not serve (several ranges, another unit, a
 * malformed one) is ignored, as RFC 9110 allows, and the whole document is sent.
 */
sealed interface RangeRequest {

    /** Whole numbers beyond this many digits are not positions in any document this API keeps. */
    int MAX_DIGITS = 18;
    Pattern SINGLE = Pattern.compile("\\s*bytes\\s*=\\s*(\\d{0," + MAX_DIGITS + "})\\s*-\\s*(\\d{0," + MAX_DIGITS + "})\\s*");

    /** No range, or one to ignore: the whole document, 200. */
    record Whole() implements RangeRequest {
    }

    /** Bytes {@code first} to {@code last} (inclusive, within the document): 206. */
    record Part(long first, long last) implements RangeRequest {
        ByteRange byteRange() {
            return ByteRange.of(first, last);
        }
    }

    /** A range that starts past the end (or asks for nothing of an empty suffix): 416. */
    record Unsatisfiable() implements RangeRequest {
    }

    static RangeRequest parse(String header, long size) {
        if (header == null || size == 0) {
            return new Whole(); // no byte of an empty document can be named
        }
        Matcher range = SINGLE.matcher(header);
        if (!range.matches()) {
            return new Whole();
        }
        String first = range.group(1);
        String last = range.group(2);
        if (first.isEmpty() && last.isEmpty()) {
            return new Whole();
        }
        if (first.isEmpty()) { // bytes=-n: the last n bytes
            long suffix = Long.parseLong(last);
            return suffix == 0 ? new Unsatisfiable() : new Part(Math.max(0, size - suffix), size - 1);
        }
        long from = Long.parseLong(first);
        if (!last.isEmpty() && Long.parseLong(last) < from) {
            return new Whole(); // invalid, so ignored
        }
        if (from >= size) {
            return new Unsatisfiable();
        }
        return new Part(from, last.isEmpty() ? size - 1 : Math.min(Long.parseLong(last), size - 1));
    }
}

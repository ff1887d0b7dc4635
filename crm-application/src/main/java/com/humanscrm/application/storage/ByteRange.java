package com.humanscrm.application.storage;

/**
 * Which bytes of a blob to read, as HTTP's {@code Range: bytes=first-last} names them: {@code first}
 * and {@code last} are inclusive offsets, and a range may run past the end of the blob (it is clamped,
 * so one starting at or past the end reads nothing). {@link #ALL} reads the whole blob.
 *
 * <p>Suffix ranges ({@code bytes=-500}) are resolved by the caller, which knows the size.
 */
public record ByteRange(long first, long last) {

    /** Sentinel for "to the end of the blob". */
    private static final long END = Long.MAX_VALUE;

    public static final ByteRange ALL = new ByteRange(0, END);

    public ByteRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("Not a byte range: " + first + "-" + last);
        }
    }

    /** From {@code first} to the end of the blob. */
    public static ByteRange from(long first) {
        return new ByteRange(first, END);
    }

    /** Bytes {@code first} to {@code last}, both included. */
    public static ByteRange of(long first, long last) {
        return new ByteRange(first, last);
    }

    public boolean isAll() {
        return first == 0 && isOpenEnded();
    }

    public boolean isOpenEnded() {
        return last == END;
    }

    /** Where the range starts within a blob of {@code size} bytes. */
    public long offsetWithin(long size) {
        return Math.min(first, size);
    }

    /** How many of a blob of {@code size} bytes the range covers. */
    public long lengthWithin(long size) {
        long start = offsetWithin(size);
        long endExclusive = isOpenEnded() ? size : Math.min(size, last + 1);
        return Math.max(0, endExclusive - start);
    }
}

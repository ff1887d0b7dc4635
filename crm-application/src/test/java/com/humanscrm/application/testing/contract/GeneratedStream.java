package com.humanscrm.application.testing.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code size} pseudo-random bytes made as they are read, so a test can stream far more than it could
 * hold; the same seed gives the same bytes however they are read (byte by byte or in any chunks).
 * Wrap it in a {@link java.security.DigestInputStream} to learn the checksum of what was sent.
 */
public final class GeneratedStream extends InputStream {

    private final long size;
    private long position;
    private long state;

    public GeneratedStream(long size, long seed) {
        this.size = size;
        this.state = seed;
    }

    @Override
    public int read() {
        return position < size ? next() : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (position >= size) {
            return -1;
        }
        int count = (int) Math.min(length, size - position);
        for (int i = 0; i < count; i++) {
            buffer[offset + i] = (byte) next();
        }
        return count;
    }

    byte[] readAllBytesUnchecked() {
        try {
            return readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int next() {
        position++;
        // A linear congruential step (Knuth's MMIX constants); its top byte is random enough for a checksum test.
        state = state * 6364136223846793005L + 1442695040888963407L;
        return (int) (state >>> 56);
    }
}

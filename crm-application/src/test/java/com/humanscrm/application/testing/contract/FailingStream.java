package com.humanscrm.application.testing.contract;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Gives {@code good} bytes of its source, then throws {@code failure}: an upload cut off half-way. */
final class FailingStream extends FilterInputStream {

    private final RuntimeException failure;
    private long remaining;

    FailingStream(InputStream source, long good, RuntimeException failure) {
        super(source);
        this.remaining = good;
        this.failure = failure;
    }

    @Override
    public int read() throws IOException {
        failIfSpent();
        remaining--;
        return super.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        failIfSpent();
        int read = super.read(buffer, offset, (int) Math.min(length, remaining));
        remaining -= Math.max(read, 0);
        return read;
    }

    private void failIfSpent() {
        if (remaining <= 0) {
            throw failure;
        }
    }
}

package com.humanscrm.application.document;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads through, failing with {@link DocumentTooLargeException} as soon as more than the limit has come. */
final class SizeLimitedInputStream extends FilterInputStream {

    private final long maxBytes;
    private long read;

    SizeLimitedInputStream(InputStream source, long maxBytes) {
        super(source);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        // One byte more than the limit allows is enough to know the file is too large.
        int n = super.read(buffer, offset, (int) Math.min(length, Math.max(1, maxBytes - read + 1)));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("Every byte of an upload is counted");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(long n) {
        read += n;
        if (read > maxBytes) {
            throw new DocumentTooLargeException(maxBytes);
        }
    }
}

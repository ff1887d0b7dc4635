package com.humanscrm.application.document;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads an upload through, failing with {@link DocumentTooLargeException} as soon as more than the limit has
 * come. A failure to read (the client went away, a body that broke off) is rethrown unchecked: a blob store
 * passes the stream's unchecked exceptions on as they are, but takes an {@link IOException} during a put for
 * a failure of its own, and the client's fault must not be reported as the store being unavailable.
 */
final class SizeLimitedInputStream extends FilterInputStream {

    private final long maxBytes;
    private long read;

    SizeLimitedInputStream(InputStream source, long maxBytes) {
        super(source);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() {
        int b;
        try {
            b = super.read();
        } catch (IOException e) {
            throw brokenOff(e);
        }
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        int n;
        try {
            // One byte more than the limit allows is enough to know the file is too large.
            n = super.read(buffer, offset, (int) Math.min(length, Math.max(1, maxBytes - read + 1)));
        } catch (IOException e) {
            throw brokenOff(e);
        }
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

    private static UncheckedIOException brokenOff(IOException e) {
        return new UncheckedIOException("The upload broke off", e);
    }

    private void count(long n) {
        read += n;
        if (read > maxBytes) {
            throw new DocumentTooLargeException(maxBytes);
        }
    }
}

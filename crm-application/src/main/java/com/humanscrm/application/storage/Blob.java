package com.humanscrm.application.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A blob being read: what it is, and a stream of the bytes asked for, which the reader must close.
 *
 * @param info the whole blob (its size and checksum, not the range's)
 * @param offset where {@code content} starts within the blob
 * @param length how many bytes {@code content} gives: the range, clamped to the blob
 */
public record Blob(BlobInfo info, long offset, long length, InputStream content) implements AutoCloseable {

    public Blob {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(content, "content");
        if (offset < 0 || length < 0 || offset + length > info.size()) {
            throw new IllegalArgumentException(
                    "Bytes " + offset + "+" + length + " are not within a blob of " + info.size() + " bytes");
        }
    }

    /** Closes the stream; a failure to close a stream that was only read is reported unchecked. */
    @Override
    public void close() {
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

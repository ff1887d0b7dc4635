package com.humanscrm.application.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Counts and hashes (SHA-256) the bytes read through it, so a {@link BlobStore} learns a blob's size
 * and checksum while streaming it, without a second pass. For adapters, ours and third parties'.
 */
public final class MeasuringInputStream extends FilterInputStream {

    private final MessageDigest digest;
    private long size;

    public MeasuringInputStream(InputStream source) {
        this(source, sha256());
    }

    private MeasuringInputStream(InputStream source, MessageDigest digest) {
        super(new DigestInputStream(source, digest));
        this.digest = digest;
    }

    @Override
    public int read() throws IOException {
        int read = super.read();
        if (read >= 0) {
            size++;
        }
        return read;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            size += read;
        }
        return read;
    }

    /** Skipping would leave bytes out of the checksum, so it reads them instead. */
    @Override
    public long skip(long count) throws IOException {
        byte[] discarded = new byte[(int) Math.clamp(count, 0, 8192)];
        long skipped = 0;
        while (skipped < count) {
            int read = read(discarded, 0, (int) Math.min(discarded.length, count - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** The bytes read so far. */
    public long size() {
        return size;
    }

    /** The SHA-256 of the bytes read, as 64 lower-case hex digits; call once, after reading to the end. */
    public String sha256Hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

package com.humanscrm.application.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * What a key holds, without the bytes.
 *
 * @param size the whole blob's length in bytes
 * @param sha256 the whole blob's SHA-256, 64 lower-case hex digits: an ETag, and proof the bytes came back intact
 * @param lastModified when this version was stored, to the precision the store keeps
 */
public record BlobInfo(String key, long size, String sha256, String contentType, Instant lastModified) {

    public static final int MAX_CONTENT_TYPE_LENGTH = 255;

    public BlobInfo {
        BlobKeys.requireValid(key);
        if (size < 0) {
            throw new IllegalArgumentException("A blob's size cannot be negative: " + size);
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A SHA-256 is 64 lower-case hex digits: " + sha256);
        }
        requireValidContentType(contentType);
        Objects.requireNonNull(lastModified, "lastModified");
    }

    /**
     * Returns the content type if a store can keep it: 1 to {@value #MAX_CONTENT_TYPE_LENGTH} printable
     * ASCII characters (it travels in HTTP headers and S3 metadata). Checked before storing anything.
     */
    public static String requireValidContentType(String contentType) {
        if (contentType == null || contentType.isEmpty() || contentType.length() > MAX_CONTENT_TYPE_LENGTH
                || !contentType.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("A content type is 1 to " + MAX_CONTENT_TYPE_LENGTH
                    + " printable ASCII characters, e.g. application/pdf");
        }
        return contentType;
    }
}

package com.humanscrm.application.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * A blob as a listing shows it: enough for a reconciler to match it to a record and to leave young
 * uploads alone. (An S3 listing gives no checksum or content type; {@link BlobStore#head} does.)
 */
public record BlobSummary(String key, long size, Instant lastModified) {

    public BlobSummary {
        BlobKeys.requireValid(key);
        Objects.requireNonNull(lastModified, "lastModified");
    }
}

package com.humanscrm.adapters.storage.s3;

import com.humanscrm.application.shared.UnavailableException;
import com.humanscrm.application.storage.Blob;
import com.humanscrm.application.storage.BlobInfo;
import com.humanscrm.application.storage.BlobKeys;
import com.humanscrm.application.storage.BlobStore;
import com.humanscrm.application.storage.BlobSummary;
import com.humanscrm.application.storage.ByteRange;
import com.humanscrm.application.storage.MeasuringInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs as objects in one bucket of an S3-compatible service (AWS S3, Cloudflare R2, MinIO), the key
 * unchanged as the object key, the checksum in the object's metadata ({@code x-amz-meta-sha256}). The
 * content type is the object's {@code Content-Type} (for anyone reading the bucket directly) and, exactly as
 * given, {@code x-amz-meta-content-type}: some services normalise the header ({@code ; charset} spacing).
 *
 * <p>A blob smaller than a part is sent in one PUT. A larger one is streamed a part at a time (one
 * part's buffer in memory, never the blob) as a multipart upload to a staging key, then copied onto its
 * key with the checksum, which is known only at the end; the copy is what makes it appear, whole and
 * described, so readers and concurrent writers never see a mix. Staging keys start with {@code ~}, which
 * no blob key may hold, so listings skip them; a failed upload is aborted, and what a crash leaves there
 * is removed by {@link #forEach} once {@link #ABANDONED_AFTER} old. (A single copy is limited to 5 GiB,
 * the most {@code CRM_DOCUMENTS_MAX_BYTES} allows.)
 *
 * <p>Memory: an upload reads its first {@link #UNMETERED} bytes into an array that grows with what
 * arrives, so a small blob, or a client stalled early, costs about what it sent. Past that, it takes one
 * of the store's part buffers (a {@link Semaphore} of {@link #partBuffersFor} permits) before allocating
 * a whole part, and keeps it to the end; an upload finding none waits for one.
 */
final class S3BlobStore implements BlobStore {

    /** S3's smallest part but the last is 5 MiB; 8 MiB is the AWS tools' default. */
    static final int PART_SIZE = 8 << 20;

    /** What an upload may hold without a part buffer: most documents fit, and it is small beside a part. */
    static final int UNMETERED = 1 << 20;

    private static final String SHA256 = "sha256";
    private static final String CONTENT_TYPE = "content-type";
    private static final String STAGING = "~uploads/";
    private static final int RANGE_NOT_SATISFIABLE = 416;
    private static final int NOT_IMPLEMENTED = 501;

    /**
     * A staging object or multipart upload this old was left by a process that died mid-upload (a failed
     * upload cleans up after itself). Counted from the upload's start, so it allows for a slow client.
     */
    static final Duration ABANDONED_AFTER = Duration.ofDays(1);

    private final S3Client s3;
    private final String bucket;
    private final Duration abandonedAfter;
    private final int partBufferCount;
    /**
     * The part buffers that may exist at once. The server gives each request a virtual thread, so nothing
     * else bounds how many uploads run together, and each part buffer is 8 MiB: without this, a handful of
     * slow clients would exhaust a small heap (it must work with {@code -Xmx128m}). Fair, so an upload
     * waiting for one is served in turn; waiting is harmless, as its client is simply read later.
     */
    private final Semaphore partBuffers;

    S3BlobStore(S3Client s3, String bucket) {
        this(s3, bucket, ABANDONED_AFTER);
    }

    S3BlobStore(S3Client s3, String bucket, Duration abandonedAfter) {
        this(s3, bucket, abandonedAfter, partBuffersFor(Runtime.getRuntime().maxMemory()));
    }

    S3BlobStore(S3Client s3, String bucket, Duration abandonedAfter, int partBufferCount) {
        if (partBufferCount < 1) {
            throw new IllegalArgumentException("An S3 blob store needs at least one part buffer, not " + partBufferCount);
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.abandonedAfter = abandonedAfter;
        this.partBufferCount = partBufferCount;
        this.partBuffers = new Semaphore(partBufferCount, true);
    }

    /** A quarter of the heap in part buffers, and at least two, so one slow upload does not stop the others. */
    static int partBuffersFor(long maxMemory) {
        return (int) Math.clamp(maxMemory / 4 / PART_SIZE, 2, Integer.MAX_VALUE);
    }

    @Override
    public BlobInfo put(String key, InputStream content, String contentType) {
        BlobKeys.requireValid(key);
        BlobInfo.requireValidContentType(contentType);
        MeasuringInputStream measured = new MeasuringInputStream(content);
        byte[] start = readUpTo(measured, UNMETERED);
        if (start.length < UNMETERED) {
            return sdk("store", key, () -> putWhole(key, measured, start, start.length, contentType));
        }
        takePartBuffer(key);
        try {
            byte[] buffer = Arrays.copyOf(start, PART_SIZE);
            int first = start.length + readPart(measured, buffer, start.length);
            return sdk("store", key, () -> first < PART_SIZE
                    ? putWhole(key, measured, buffer, first, contentType)
                    : putInParts(key, measured, buffer, first, contentType));
        } finally {
            partBuffers.release();
        }
    }

    private void takePartBuffer(String key) {
        try {
            partBuffers.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("The S3 blob store could not store " + key + ": interrupted waiting for memory", e);
        }
    }

    /** How many part buffers uploads hold now: what the memory bound is about, for tests. */
    int partBuffersInUse() {
        return partBufferCount - partBuffers.availablePermits();
    }

    /** Whether an upload is waiting for a part buffer, for tests. */
    boolean uploadsWaitForAPartBuffer() {
        return partBuffers.hasQueuedThreads();
    }

    @Override
    public Optional<Blob> get(String key, ByteRange range) {
        BlobKeys.requireValid(key);
        return sdk("read", key, () -> {
            try {
                ResponseInputStream<GetObjectResponse> content = s3.getObject(request -> request.bucket(bucket).key(key)
                        .range(range.isAll() ? null : "bytes=" + range.first() + "-" + (range.isOpenEnded() ? "" : range.last())));
                try {
                    GetObjectResponse response = content.response();
                    long size = response.contentRange() == null ? response.contentLength() : totalOf(response.contentRange());
                    BlobInfo info = info(key, size, response.metadata(), response.contentType(), response.lastModified());
                    return Optional.of(new Blob(info, range.offsetWithin(size), range.lengthWithin(size), content));
                } catch (RuntimeException e) {
                    // The blob would have closed it; without one, the connection would stay out of the client's pool.
                    content.abort();
                    throw e;
                }
            } catch (NoSuchKeyException e) {
                return Optional.empty();
            } catch (S3Exception e) {
                if (e.statusCode() != RANGE_NOT_SATISFIABLE) {
                    throw e;
                }
                // S3 refuses a range starting at or past the end; the port reads nothing from there instead.
                return head(key).map(info -> new Blob(info, range.offsetWithin(info.size()), 0, InputStream.nullInputStream()));
            }
        });
    }

    @Override
    public Optional<BlobInfo> head(String key) {
        BlobKeys.requireValid(key);
        return sdk("read", key, () -> {
            try {
                HeadObjectResponse response = s3.headObject(request -> request.bucket(bucket).key(key));
                return Optional.of(info(key, response.contentLength(), response.metadata(), response.contentType(),
                        response.lastModified()));
            } catch (NoSuchKeyException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public void delete(String key) {
        BlobKeys.requireValid(key);
        sdk("delete", key, () -> s3.deleteObject(request -> request.bucket(bucket).key(key)));
    }

    @Override
    public void forEach(String prefix, Consumer<BlobSummary> action) {
        BlobKeys.requireValidPrefix(prefix);
        sdk("list", prefix, () -> {
            s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix)).contents().stream()
                    .filter(object -> BlobKeys.isValid(object.key()))
                    .forEach(object -> action.accept(new BlobSummary(object.key(), object.size(), object.lastModified())));
            return null;
        });
        removeAbandonedUploads();
    }

    /**
     * What a crash mid-upload leaves: a multipart upload never completed (invisible, but billed) or a
     * completed staging object never copied onto its key. Done on every walk of the store, which the
     * reconciler makes hourly; a service that cannot list multipart uploads (501) relies on a bucket
     * lifecycle rule instead (docs/operations.md).
     */
    private void removeAbandonedUploads() {
        Instant abandonedBefore = Instant.now().minus(abandonedAfter);
        sdk("clean up", STAGING, () -> {
            s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(STAGING)).contents().stream()
                    .filter(object -> object.lastModified().isBefore(abandonedBefore))
                    .forEach(object -> s3.deleteObject(request -> request.bucket(bucket).key(object.key())));
            try {
                s3.listMultipartUploadsPaginator(request -> request.bucket(bucket).prefix(STAGING)).uploads().stream()
                        .filter(upload -> upload.initiated().isBefore(abandonedBefore))
                        .forEach(upload -> s3.abortMultipartUpload(request -> request.bucket(bucket).key(upload.key())
                                .uploadId(upload.uploadId())));
            } catch (S3Exception e) {
                if (e.statusCode() != NOT_IMPLEMENTED) {
                    throw e;
                }
            }
            return null;
        });
    }

    private BlobInfo putWhole(String key, MeasuringInputStream measured, byte[] buffer, int length, String contentType) {
        String sha256 = measured.sha256Hex();
        SdkHttpResponse response = s3.putObject(request -> request.bucket(bucket).key(key).contentType(contentType)
                .metadata(metadata(sha256, contentType)), body(buffer, length)).sdkHttpResponse();
        // The store's clock, not ours: S3 stamps the object with the request's time, and answers with it.
        Instant stored = response.firstMatchingHeader("Date").flatMap(S3BlobStore::httpDate).orElseGet(Instant::now);
        return new BlobInfo(key, length, sha256, contentType, stored);
    }

    private BlobInfo putInParts(String key, MeasuringInputStream measured, byte[] buffer, int first, String contentType) {
        String staging = STAGING + UUID.randomUUID();
        String uploadId = s3.createMultipartUpload(request -> request.bucket(bucket).key(staging).contentType(contentType))
                .uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            for (int length = first; length > 0; length = readPart(measured, buffer, 0)) {
                int number = parts.size() + 1;
                String etag = s3.uploadPart(request -> request.bucket(bucket).key(staging).uploadId(uploadId).partNumber(number),
                        body(buffer, length)).eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
            }
            s3.completeMultipartUpload(request -> request.bucket(bucket).key(staging).uploadId(uploadId)
                    .multipartUpload(upload -> upload.parts(parts)));
        } catch (RuntimeException e) {
            quietly(() -> s3.abortMultipartUpload(request -> request.bucket(bucket).key(staging).uploadId(uploadId)), e);
            throw e;
        }
        try {
            String sha256 = measured.sha256Hex();
            Instant stored = s3.copyObject(request -> request.sourceBucket(bucket).sourceKey(staging)
                    .destinationBucket(bucket).destinationKey(key).contentType(contentType)
                    .metadataDirective(MetadataDirective.REPLACE).metadata(metadata(sha256, contentType)))
                    .copyObjectResult().lastModified();
            return new BlobInfo(key, measured.size(), sha256, contentType, stored);
        } finally {
            quietly(() -> s3.deleteObject(request -> request.bucket(bucket).key(staging)), null);
        }
    }

    /**
     * Up to {@code length} bytes of the stream, in an array the JDK grows with what arrives, so a short
     * stream costs about its own size. A failing stream stores nothing, so its failure goes up as it is (an
     * {@link IOException} unchecked): it is the client's, not the store's.
     */
    private static byte[] readUpTo(InputStream content, int length) {
        try {
            return content.readNBytes(length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills the buffer from {@code offset} from the stream (or to its end); fails as {@link #readUpTo} does. */
    private static int readPart(InputStream content, byte[] buffer, int offset) {
        try {
            return content.readNBytes(buffer, offset, buffer.length - offset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The buffer as a body the SDK can re-read on a retry, without copying it. */
    private static RequestBody body(byte[] buffer, int length) {
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(buffer, 0, length), length,
                "application/octet-stream");
    }

    private static Map<String, String> metadata(String sha256, String contentType) {
        return Map.of(SHA256, sha256, CONTENT_TYPE, contentType);
    }

    private static BlobInfo info(String key, long size, Map<String, String> metadata, String contentType, Instant lastModified) {
        String sha256 = metadata.get(SHA256);
        if (sha256 == null) {
            throw new UnavailableException("The object " + key + " has no sha256 metadata: it was not stored by Humans CRM", null);
        }
        return new BlobInfo(key, size, sha256, metadata.getOrDefault(CONTENT_TYPE, contentType), lastModified);
    }

    /** {@code bytes 2-5/10} → 10. */
    private static long totalOf(String contentRange) {
        return Long.parseLong(contentRange.substring(contentRange.lastIndexOf('/') + 1).strip());
    }

    private static Optional<Instant> httpDate(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Runs a call to S3, so no SDK exception crosses the port: they all mean the store is not usable now. */
    private static <T> T sdk(String doing, String key, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw new UnavailableException("The S3 blob store could not " + doing + " " + key + ": " + e.getMessage(), e);
        }
    }

    /** Clean-up after a failure: its own failure is attached to the first one, never hides it. */
    private static void quietly(Runnable cleanUp, RuntimeException failure) {
        try {
            cleanUp.run();
        } catch (SdkException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }
}

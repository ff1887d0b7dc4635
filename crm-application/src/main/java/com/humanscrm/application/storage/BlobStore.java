package com.humanscrm.application.storage;

import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the bytes of documents live: a flat space of {@linkplain BlobKeys keys}, each holding one
 * immutable version of a blob at a time. Which store is a deployment choice (the filesystem, an
 * S3-compatible service, or a third-party {@code BlobStoreProvider} (the storage adapter's plug-in interface)); every implementation passes the
 * same contract suite ({@code BlobStoreContract} in this module's test-jar).
 *
 * <p>Every method refuses a key that breaks {@link BlobKeys} with {@link IllegalArgumentException} (keys
 * come from our code, never from clients), and reports a store it cannot reach, or an I/O failure on its
 * way, as {@link com.humanscrm.application.shared.UnavailableException}: no library's exception crosses
 * the port. Implementations are safe for concurrent use.
 */
public interface BlobStore {

    /**
     * Stores the stream, read to its end, under the key, replacing what the key held. The length need not
     * be known in advance, and the bytes are streamed, never held in memory whole. A reader sees the old
     * version or the new one, never a part of either; of concurrent writers to one key, one wins whole.
     * The caller keeps ownership of the stream (it is not closed here). If reading it fails, nothing is
     * stored (the key keeps what it held) and a {@link RuntimeException} from the stream is rethrown as it
     * is, so a caller's own "too large" or "client went away" reaches the caller unchanged.
     *
     * @param contentType what the bytes are, stored with them and given back by {@link #head}/{@link #get};
     *     {@linkplain BlobInfo#requireValidContentType checked} before anything is stored
     * @return the blob as stored: its size and SHA-256 counted while streaming
     */
    BlobInfo put(String key, InputStream content, String contentType);

    /**
     * The blob's bytes, all of them or those in {@code range}, streamed; empty when the key holds nothing.
     * The caller must close the returned {@link Blob}.
     */
    Optional<Blob> get(String key, ByteRange range);

    /** What the key holds, without its bytes; empty when the key holds nothing. */
    Optional<BlobInfo> head(String key);

    /** Removes the blob; removing a key that holds nothing is not an error, so a retried delete is harmless. */
    void delete(String key);

    /**
     * Every blob whose key starts with {@code prefix} ({@code ""} for all), in no particular order, as
     * they are found: the store is never read into memory whole. A reconciler uses this to find bytes no
     * record points to, skipping blobs younger than an upload can take; blobs added or removed while the
     * walk is under way may or may not be seen. The action may delete the blob it is given.
     */
    void forEach(String prefix, Consumer<BlobSummary> action);
}

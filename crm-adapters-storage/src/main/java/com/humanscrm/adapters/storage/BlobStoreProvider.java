package com.humanscrm.adapters.storage;

import com.humanscrm.application.storage.BlobStore;

import java.util.Map;

/**
 * A kind of {@link BlobStore}, found with {@link java.util.ServiceLoader}: an adapter jar lists its
 * provider in {@code META-INF/services/com.humanscrm.adapters.storage.BlobStoreProvider}, and the
 * deployment picks it by {@link #id()} ({@code CRM_BLOB_STORE}). See {@code docs/storage-adapters.md}.
 *
 * <p>Implementations need a public no-argument constructor.
 */
public interface BlobStoreProvider {

    /** The name a deployment selects this store by: lower-case, e.g. {@code filesystem} or {@code s3}. */
    String id();

    /**
     * Opens the store, checking at once that it is usable (the directory is writable, the bucket exists
     * and the credentials are accepted), so a bad set-up stops the server at start-up rather than failing
     * the first upload.
     *
     * @param configuration the {@code CRM_*} settings (environment variables); a provider reads its own
     * @throws IllegalArgumentException when a setting is missing or malformed, naming the variable
     * @throws IllegalStateException when the store is configured but not usable, naming the variables to check
     */
    BlobStore create(Map<String, String> configuration);
}

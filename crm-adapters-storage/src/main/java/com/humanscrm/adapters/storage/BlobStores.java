package com.humanscrm.adapters.storage;

import com.humanscrm.application.storage.BlobStore;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The one way bootstrap opens a blob store: by the id the deployment chose ({@code CRM_BLOB_STORE}),
 * among every {@link BlobStoreProvider} on the class path (ours, {@code filesystem} and {@code s3}, and
 * any third-party jar's), found with {@link ServiceLoader}.
 */
public final class BlobStores {

    public static final String DEFAULT = "filesystem";

    private BlobStores() {
    }

    /**
     * Opens the store named {@code id}, configured from the {@code CRM_*} settings.
     *
     * @throws IllegalArgumentException for an unknown id (the message lists the known ones) or bad settings
     * @throws IllegalStateException when the store is configured but not usable
     */
    public static BlobStore open(String id, Map<String, String> configuration) {
        Map<String, BlobStoreProvider> providers = providers();
        BlobStoreProvider provider = providers.get(id);
        if (provider == null) {
            throw new IllegalArgumentException("CRM_BLOB_STORE=" + id + " names no blob store; available: "
                    + String.join(", ", providers.keySet()));
        }
        return provider.create(configuration);
    }

    /** By id, sorted so messages list them the same way every time. */
    static Map<String, BlobStoreProvider> providers() {
        Map<String, BlobStoreProvider> providers = new TreeMap<>();
        for (BlobStoreProvider provider : ServiceLoader.load(BlobStoreProvider.class, BlobStores.class.getClassLoader())) {
            BlobStoreProvider clash = providers.putIfAbsent(provider.id(), provider);
            if (clash != null) {
                throw new IllegalStateException("Two blob store providers claim the id " + provider.id() + ": "
                        + clash.getClass().getName() + " and " + provider.getClass().getName());
            }
        }
        return providers;
    }
}

package com.humanscrm.adapters.storage.filesystem;

import com.humanscrm.adapters.storage.shared.Configuration;
import com.humanscrm.application.storage.BlobStore;
import com.humanscrm.adapters.storage.BlobStoreProvider;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/** {@code CRM_BLOB_STORE=filesystem} (the default): blobs under {@code $CRM_DATA_DIR/blobs}. */
public final class FilesystemBlobStoreProvider implements BlobStoreProvider {

    public static final String ID = "filesystem";

    /** The same default as the embedded database's, so one directory holds all of a server's data. */
    private static final String DEFAULT_DATA_DIR = "data";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public BlobStore create(Map<String, String> configuration) {
        String dataDir = new Configuration(configuration).optional("CRM_DATA_DIR").orElse(DEFAULT_DATA_DIR);
        Path root;
        try {
            root = Path.of(dataDir, "blobs");
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("CRM_DATA_DIR is not a usable path: " + dataDir, e);
        }
        FilesystemBlobStore store = new FilesystemBlobStore(root);
        store.requireWritable();
        return store;
    }
}

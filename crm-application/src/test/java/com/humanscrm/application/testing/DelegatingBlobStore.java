package com.humanscrm.application.testing;

import com.humanscrm.application.storage.Blob;
import com.humanscrm.application.storage.BlobInfo;
import com.humanscrm.application.storage.BlobStore;
import com.humanscrm.application.storage.BlobSummary;
import com.humanscrm.application.storage.ByteRange;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;

/** A store that passes every call on, for a test to override the one it makes fail or watches. */
public class DelegatingBlobStore implements BlobStore {

    private final BlobStore delegate;

    public DelegatingBlobStore(BlobStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public BlobInfo put(String key, InputStream content, String contentType) {
        return delegate.put(key, content, contentType);
    }

    @Override
    public Optional<Blob> get(String key, ByteRange range) {
        return delegate.get(key, range);
    }

    @Override
    public Optional<BlobInfo> head(String key) {
        return delegate.head(key);
    }

    @Override
    public void delete(String key) {
        delegate.delete(key);
    }

    @Override
    public void forEach(String prefix, Consumer<BlobSummary> action) {
        delegate.forEach(prefix, action);
    }
}

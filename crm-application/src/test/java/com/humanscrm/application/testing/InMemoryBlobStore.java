package com.humanscrm.application.testing;

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
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** A {@link BlobStore} in a map, for use-case tests; it keeps every blob in memory, so keep them small. */
public final class InMemoryBlobStore implements BlobStore {

    private record Stored(BlobInfo info, byte[] bytes) {
    }

    private final Map<String, Stored> blobs = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryBlobStore(Clock clock) {
        this.clock = clock;
    }

    public InMemoryBlobStore() {
        this(Clock.systemUTC());
    }

    @Override
    public BlobInfo put(String key, InputStream content, String contentType) {
        BlobKeys.requireValid(key);
        MeasuringInputStream measured = new MeasuringInputStream(content);
        byte[] bytes;
        try {
            bytes = measured.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BlobInfo info = new BlobInfo(key, measured.size(), measured.sha256Hex(), contentType, clock.instant());
        // One map write: a concurrent reader sees the old entry or the new one whole.
        blobs.put(key, new Stored(info, bytes));
        return info;
    }

    @Override
    public Optional<Blob> get(String key, ByteRange range) {
        return stored(key).map(stored -> {
            long size = stored.info().size();
            int offset = (int) range.offsetWithin(size);
            int length = (int) range.lengthWithin(size);
            return new Blob(stored.info(), offset, length, new ByteArrayInputStream(stored.bytes(), offset, length));
        });
    }

    @Override
    public Optional<BlobInfo> head(String key) {
        return stored(key).map(Stored::info);
    }

    @Override
    public void delete(String key) {
        blobs.remove(BlobKeys.requireValid(key));
    }

    @Override
    public void forEach(String prefix, Consumer<BlobSummary> action) {
        BlobKeys.requireValidPrefix(prefix);
        blobs.values().stream().map(Stored::info).filter(info -> info.key().startsWith(prefix)).toList()
                .forEach(info -> action.accept(new BlobSummary(info.key(), info.size(), info.lastModified())));
    }

    private Optional<Stored> stored(String key) {
        return Optional.ofNullable(blobs.get(BlobKeys.requireValid(key)));
    }
}

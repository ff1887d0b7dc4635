package com.humanscrm.application.document;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.storage.BlobStore;
import com.humanscrm.application.storage.BlobSummary;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.document.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds and removes document bytes that no document points to: what a crash between storing an
 * upload's bytes and writing its row leaves behind, or a removal of bytes that failed. Runs now and
 * then on its own, and on demand.
 *
 * <p>Bytes younger than {@link #GRACE} are left alone: an upload's row is written just after its bytes
 * are stored, so a young blob without a row is most likely one whose row is on its way.
 */
public final class ReconcileDocumentBlobs {

    public static final Duration GRACE = Duration.ofMinutes(10);
    /** How many keys are checked against the database at once. */
    private static final int BATCH = 500;

    private final DocumentRepository documents;
    private final DocumentRemoval removal;
    private final BlobStore blobs;
    private final Clock clock;

    public ReconcileDocumentBlobs(DocumentRepository documents, DocumentRemoval removal, BlobStore blobs, Clock clock) {
        this.documents = documents;
        this.removal = removal;
        this.blobs = blobs;
        this.clock = clock;
    }

    public Report execute(Actor actor) {
        actor.require(Permission.ADMINISTER);
        Instant youngSince = clock.instant().minus(GRACE);
        List<String> batch = new ArrayList<>(BATCH);
        long[] counts = new long[3];
        blobs.forEach(Document.STORAGE_PREFIX, (BlobSummary blob) -> {
            counts[0]++;
            if (blob.lastModified().isAfter(youngSince)) {
                counts[1]++;
                return;
            }
            batch.add(blob.key());
            if (batch.size() == BATCH) {
                counts[2] += removeUnused(batch);
            }
        });
        counts[2] += removeUnused(batch);
        return new Report(counts[0], counts[1], counts[2]);
    }

    private int removeUnused(List<String> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        Set<String> unused = documents.unusedStorageKeys(keys);
        keys.clear();
        return (int) unused.stream().filter(removal::deleteBytes).count();
    }

    /**
     * @param examined blobs found under the documents' prefix
     * @param tooYoung of those, left alone for being younger than {@link #GRACE}
     * @param removed of those, removed for having no document (one that could not be is tried again next time)
     */
    public record Report(long examined, long tooYoung, long removed) {
    }
}

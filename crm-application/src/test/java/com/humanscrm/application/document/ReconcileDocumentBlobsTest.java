package com.humanscrm.application.document;

import static com.humanscrm.application.document.Uploads.PDF;
import static com.humanscrm.application.document.Uploads.blobKeys;
import static com.humanscrm.application.document.Uploads.upload;
import static com.humanscrm.application.testing.NewHumanBuilder.aHuman;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.UseCases;
import com.humanscrm.application.document.ReconcileDocumentBlobs.Report;
import com.humanscrm.application.document.Uploads.DelegatingDocumentRepository;
import com.humanscrm.application.document.Uploads.UndeletableBlobStore;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.testing.DelegatingStorage;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.document.Document;
import com.humanscrm.domain.document.DocumentId;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.document.RecordRef;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReconcileDocumentBlobsTest extends UseCaseTest {

    private static final Duration PAST_GRACE = ReconcileDocumentBlobs.GRACE.plusSeconds(1);

    private final RecordRef toAda = new RecordRef(RecordKind.HUMAN, aHuman().createdIn(crm).id().value());

    @Test
    void oldBytesWithoutADocumentAreRemovedAndEverythingElseKept() {
        Document cv = upload(crm, agent, toAda, "cv.pdf", PDF);
        String orphan = storeOrphan();
        String notADocument = store("avatars/" + UUID.randomUUID());
        crm.clock.advance(PAST_GRACE);
        String young = storeOrphan();

        Report report = useCases.documents().reconcile().execute(admin);

        assertThat(blobKeys(crm)).containsExactlyInAnyOrder(cv.storageKey(), notADocument, young).doesNotContain(orphan);
        assertThat(report).isEqualTo(new Report(3, 1, 1));
    }

    @Test
    void youngBytesWithoutADocumentAreLeftForTheirRowToArrive() {
        String young = storeOrphan();
        crm.clock.advance(ReconcileDocumentBlobs.GRACE.minusSeconds(1));

        assertThat(useCases.documents().reconcile().execute(admin)).isEqualTo(new Report(1, 1, 0));
        assertThat(blobKeys(crm)).containsExactly(young);

        crm.clock.advance(Duration.ofSeconds(2));
        assertThat(useCases.documents().reconcile().execute(admin)).isEqualTo(new Report(1, 0, 1));
        assertThat(blobKeys(crm)).isEmpty();
    }

    @Test
    void thousandsOfOrphansAreCheckedInBatchesTheDatabaseCanTake() {
        List<Integer> batchSizes = new ArrayList<>();
        DocumentRepository watched = new DelegatingDocumentRepository(crm.documents) {
            @Override
            public Set<String> unusedStorageKeys(Collection<String> storageKeys) {
                batchSizes.add(storageKeys.size());
                return super.unusedStorageKeys(storageKeys);
            }
        };
        Document cv = upload(crm, agent, toAda, "cv.pdf", PDF);
        for (int i = 0; i < 1_203; i++) {
            storeOrphan();
        }
        crm.clock.advance(PAST_GRACE);

        Report report = crm.useCasesWith(ports -> ports.withStorage(DelegatingStorage.withDocuments(ports.storage(), watched))).documents().reconcile().execute(admin);

        assertThat(report).isEqualTo(new Report(1_204, 0, 1_203));
        assertThat(blobKeys(crm)).containsExactly(cv.storageKey());
        assertThat(batchSizes).containsExactly(500, 500, 204);
    }

    @Test
    void bytesThatCannotBeRemovedAreNotCountedAndAreTriedAgainNextTime() {
        String orphan = storeOrphan();
        crm.clock.advance(PAST_GRACE);
        UseCases unreachableStore = crm.useCasesWith(ports -> ports.withBlobs(new UndeletableBlobStore(crm.blobs)));

        assertThat(unreachableStore.documents().reconcile().execute(admin)).isEqualTo(new Report(1, 0, 0));
        assertThat(blobKeys(crm)).containsExactly(orphan);

        assertThat(useCases.documents().reconcile().execute(admin)).isEqualTo(new Report(1, 0, 1));
        assertThat(blobKeys(crm)).isEmpty();
    }

    @Test
    void onlyAdminsReconcile() {
        String orphan = storeOrphan();
        crm.clock.advance(PAST_GRACE);

        for (Actor notAdmin : new Actor[] {viewer, agent, manager}) {
            forbidden(() -> useCases.documents().reconcile().execute(notAdmin));
        }
        assertThat(blobKeys(crm)).containsExactly(orphan);
    }

    /** Bytes under a document's key with no document: what a crash between storing and recording leaves. */
    private String storeOrphan() {
        return store(Document.storageKeyOf(new DocumentId(UUID.randomUUID())));
    }

    private String store(String key) {
        return crm.blobs.put(key, new ByteArrayInputStream(PDF), "application/pdf").key();
    }
}

package com.humanscrm.application.document;

import static com.humanscrm.application.document.Uploads.PDF;
import static com.humanscrm.application.document.Uploads.blobKeys;
import static com.humanscrm.application.document.Uploads.rows;
import static com.humanscrm.application.document.Uploads.upload;
import static com.humanscrm.application.testing.NewHumanBuilder.aHuman;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.humanscrm.application.UseCases;
import com.humanscrm.application.document.Uploads.DelegatingDocumentRepository;
import com.humanscrm.application.document.Uploads.UndeletableBlobStore;
import com.humanscrm.application.testing.DelegatingStorage;
import com.humanscrm.application.testing.Observed;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.document.Document;
import com.humanscrm.domain.document.DocumentId;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.document.RecordRef;
import com.humanscrm.domain.shared.NotFoundException;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeleteDocumentTest extends UseCaseTest {

    private final RecordRef toAda = new RecordRef(RecordKind.HUMAN, aHuman().createdIn(crm).id().value());
    private final Document cv = upload(crm, agent, toAda, "cv.pdf", PDF);

    @Test
    void anAgentDeletesADocumentWithItsBytes() {
        Document deleted = useCases.documents().delete().execute(agent, cv.id());

        assertThat(deleted).isEqualTo(cv);
        refused(NotFoundException.class, "DOCUMENT_NOT_FOUND", () -> useCases.documents().queries().get(viewer, cv.id()));
        assertThat(blobKeys(crm)).isEmpty();
    }

    @Test
    void theDeletionIsOneTransactionAuditedWithTheWholeDocument() {
        Observed<Document> deleted = observe(() -> useCases.documents().delete().execute(agent, cv.id()));

        AuditEntry entry = deleted.onlyAuditEntry();
        assertAudit(entry, AuditAction.DELETE, RecordKind.DOCUMENT, cv.id().value(), agent);
        assertThat(entry.changes()).isEqualTo(AuditEntry.deleted(cv.auditSnapshot()));
    }

    @Test
    void theBytesAreRemovedOnlyOnceTheTransactionHasCommitted() {
        crm.unitOfWork.inTransaction(() -> {
            useCases.documents().delete().execute(agent, cv.id());
            assertThat(blobKeys(crm)).as("bytes while the transaction is open").containsExactly(cv.storageKey());
            return null;
        });

        assertThat(blobKeys(crm)).isEmpty();
    }

    @Test
    void aDeletionThatRollsBackKeepsTheBytes() {
        assertThatIllegalStateException().isThrownBy(() -> crm.unitOfWork.inTransaction(() -> {
            useCases.documents().delete().execute(agent, cv.id());
            throw new IllegalStateException("something later in the transaction failed");
        }));

        assertThat(blobKeys(crm)).containsExactly(cv.storageKey());
    }

    @Test
    void bytesTheStoreCannotRemoveDoNotFailTheDeletionAndAreLeftToTheReconciler() {
        UseCases unreachableStore = crm.useCasesWith(ports -> ports.withBlobs(new UndeletableBlobStore(crm.blobs)));

        unreachableStore.documents().delete().execute(agent, cv.id());

        assertThat(rows(crm)).isEmpty();
        assertThat(blobKeys(crm)).containsExactly(cv.storageKey());
        crm.clock.advance(ReconcileDocumentBlobs.GRACE);
        assertThat(useCases.documents().reconcile().execute(admin).removed()).isEqualTo(1);
        assertThat(blobKeys(crm)).isEmpty();
    }

    @Test
    void anUnknownDocumentIsNotFound() {
        refused(NotFoundException.class, "DOCUMENT_NOT_FOUND",
                () -> useCases.documents().delete().execute(agent, new DocumentId(UUID.randomUUID())));
    }

    @Test
    void aDocumentDeletedTwiceIsNotFoundTheSecondTime() {
        useCases.documents().delete().execute(agent, cv.id());

        refused(NotFoundException.class, "DOCUMENT_NOT_FOUND", () -> useCases.documents().delete().execute(agent, cv.id()));
    }

    @Test
    void aDocumentDeletedByAnotherRequestRightAfterItWasReadIsNotFoundAndLeftToThatRequestsAudit() {
        DocumentRepository racing = new DelegatingDocumentRepository(crm.documents) {
            @Override
            public Optional<Document> findById(DocumentId id) {
                Optional<Document> found = super.findById(id);
                super.remove(id); // another request's deletion, committed between this one's read and its delete
                return found;
            }
        };
        UseCases losingTheRace = crm.useCasesWith(ports -> ports.withStorage(DelegatingStorage.withDocuments(ports.storage(), racing)));

        refused(NotFoundException.class, "DOCUMENT_NOT_FOUND", () -> losingTheRace.documents().delete().execute(agent, cv.id()));
        assertThat(blobKeys(crm)).as("the other request's bytes to remove").containsExactly(cv.storageKey());
    }

    @Test
    void aViewerCannotDeleteADocument() {
        forbidden(() -> useCases.documents().delete().execute(viewer, cv.id()));

        assertThat(rows(crm)).containsExactly(cv);
        assertThat(blobKeys(crm)).containsExactly(cv.storageKey());
    }
}

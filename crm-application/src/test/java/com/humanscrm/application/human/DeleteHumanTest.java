package com.humanscrm.application.human;

import static com.humanscrm.application.testing.NewHumanBuilder.aHuman;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.humanscrm.application.document.DocumentListQuery;
import com.humanscrm.application.document.UploadDocument;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.Observed;
import com.humanscrm.application.testing.GivenFile;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.document.Document;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.document.RecordRef;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.VersionMismatchException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeleteHumanTest extends UseCaseTest {

    private final Human ada = aHuman().email("ada@example.test", "Work").phone("+44 1", "Mobile", true).createdIn(crm);

    @Test
    void anAdminDeletesAHumanWithItsEmailsAndPhones() {
        useCases.humans().delete().execute(admin, new DeleteHuman.Command(ada.id(), null));

        refused(NotFoundException.class, "HUMAN_NOT_FOUND", () -> useCases.details().human(viewer, ada.id()).human());
        assertThat(crm.humans.usesLabel(ada.emails().getFirst().label().id())).as("its emails went with it").isFalse();
    }

    @Test
    void theDeletionAnswersWithTheHumanAsItWas() {
        Human deleted = useCases.humans().delete().execute(admin, new DeleteHuman.Command(ada.id(), 1));

        assertThat(deleted).usingRecursiveComparison().isEqualTo(ada);
    }

    @Test
    void theDeletionIsAuditedWithTheWholeRecordSoItCanBeRestored() {
        Observed<Human> deleted = observe(() -> useCases.humans().delete().execute(admin, new DeleteHuman.Command(ada.id(), 1)));

        AuditEntry entry = deleted.onlyAuditEntry();
        assertAudit(entry, AuditAction.DELETE, RecordKind.HUMAN, ada.id().value(), admin);
        assertThat(entry.changes()).isEqualTo(AuditEntry.deleted(ada.auditSnapshot()));
    }

    @Test
    void onlyAdminsDeleteHumans() {
        for (Actor notAdmin : new Actor[] {viewer, agent, manager}) {
            forbidden(() -> useCases.humans().delete().execute(notAdmin, new DeleteHuman.Command(ada.id(), null)));
        }
        assertThat(useCases.details().human(viewer, ada.id()).human()).isNotNull();
    }

    @Test
    void aStaleVersionIsRefusedAndTheHumanKept() {
        refused(VersionMismatchException.class, "VERSION_MISMATCH",
                () -> useCases.humans().delete().execute(admin, new DeleteHuman.Command(ada.id(), 2)));

        assertThat(useCases.details().human(viewer, ada.id()).human().version()).isEqualTo(1);
    }

    @Test
    void anUnknownHumanIsNotFound() {
        refused(NotFoundException.class, "HUMAN_NOT_FOUND",
                () -> useCases.humans().delete().execute(admin, new DeleteHuman.Command(new HumanId(UUID.randomUUID()), null)));
    }

    @Test
    void aDeletedHumansDocumentsGoWithItRowsAndBytes() {
        Document cv = attach(ada, "cv.pdf");
        Document passport = attach(ada, "passport.pdf");
        Human grace = aHuman().createdIn(crm);
        Document gracesCv = attach(grace, "cv.pdf");

        useCases.humans().delete().execute(admin, new DeleteHuman.Command(ada.id(), null));

        assertThat(crm.documents.list(new DocumentListQuery(null, PageRequest.first(10))).items()).containsExactly(gracesCv);
        assertThat(crm.blobs.head(cv.storageKey())).isEmpty();
        assertThat(crm.blobs.head(passport.storageKey())).isEmpty();
        assertThat(crm.blobs.head(gracesCv.storageKey())).as("another human's document").isPresent();
    }

    @Test
    void eachRemovedDocumentIsAuditedInTheHumansTransaction() {
        Document cv = attach(ada, "cv.pdf");
        Document passport = attach(ada, "passport.pdf");

        Observed<Human> deleted = observe(() -> useCases.humans().delete().execute(admin, new DeleteHuman.Command(ada.id(), null)));

        assertThat(deleted.transactions()).isEqualTo(1);
        assertThat(deleted.auditEntries()).extracting(AuditEntry::entityType).containsExactlyInAnyOrder(RecordKind.HUMAN, RecordKind.DOCUMENT, RecordKind.DOCUMENT);
        assertThat(deleted.auditEntries()).filteredOn(entry -> entry.entityType() == RecordKind.DOCUMENT)
                .extracting(AuditEntry::action, AuditEntry::entityId, AuditEntry::colleagueId, AuditEntry::changes)
                .containsExactlyInAnyOrder(
                        tuple(AuditAction.DELETE, cv.id().value(), admin.colleagueId().value(), AuditEntry.deleted(cv.auditSnapshot())),
                        tuple(AuditAction.DELETE, passport.id().value(), admin.colleagueId().value(), AuditEntry.deleted(passport.auditSnapshot())));
    }

    @Test
    void aRefusedDeletionKeepsTheDocuments() {
        Document cv = attach(ada, "cv.pdf");

        refused(VersionMismatchException.class, "VERSION_MISMATCH",
                () -> useCases.humans().delete().execute(admin, new DeleteHuman.Command(ada.id(), 2)));

        assertThat(crm.documents.findById(cv.id())).contains(cv);
        assertThat(crm.blobs.head(cv.storageKey())).isPresent();
    }

    private Document attach(Human human, String filename) {
        GivenFile file = new GivenFile(new RecordRef(RecordKind.HUMAN, human.id().value()), filename,
                new ByteArrayInputStream(("%PDF-1.7 " + filename).getBytes(StandardCharsets.US_ASCII)), -1, () -> { });
        return ((UploadDocument.Uploaded) useCases.documents().upload().execute(agent, new UploadDocument.Command(file, null,
                "/api/documents"))).document();
    }
}

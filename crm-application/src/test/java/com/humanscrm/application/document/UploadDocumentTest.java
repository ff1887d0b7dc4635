package com.humanscrm.application.document;

import static com.humanscrm.application.document.Uploads.HTML;
import static com.humanscrm.application.document.Uploads.PDF;
import static com.humanscrm.application.document.Uploads.blobKeys;
import static com.humanscrm.application.document.Uploads.command;
import static com.humanscrm.application.document.Uploads.rows;
import static com.humanscrm.application.document.Uploads.storedBytes;
import static com.humanscrm.application.document.Uploads.upload;
import static com.humanscrm.application.document.Uploads.uploaded;
import static com.humanscrm.application.testing.NewHumanBuilder.aHuman;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.humanscrm.application.Limits;
import com.humanscrm.application.UseCases;
import com.humanscrm.application.document.Uploads.DelegatingDocumentRepository;
import com.humanscrm.application.document.Uploads.WatchedStream;
import com.humanscrm.application.human.DeleteHuman;
import com.humanscrm.application.idempotency.FirstResponse;
import com.humanscrm.application.idempotency.IdempotencyKeyReusedException;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnavailableException;
import com.humanscrm.application.testing.DelegatingBlobStore;
import com.humanscrm.application.testing.DelegatingStorage;
import com.humanscrm.application.testing.GivenFile;
import com.humanscrm.application.testing.InMemoryCrm;
import com.humanscrm.application.testing.Observed;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.document.Document;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.document.RecordRef;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.RuleViolationException;
import com.humanscrm.application.storage.BlobInfo;
import com.humanscrm.application.storage.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UploadDocumentTest extends UseCaseTest {

    private static final String PATH = "/api/documents";

    private final Human ada = aHuman().createdIn(crm);
    private final RecordRef toAda = new RecordRef(RecordKind.HUMAN, ada.id().value());

    @Test
    void anAgentAttachesAFileToAHuman() throws Exception {
        Document document = upload(crm, agent, toAda, "C:\\fakepath\\cv.pdf", PDF);

        assertThat(rows(crm)).containsExactly(document);
        assertThat(document.attachedTo()).isEqualTo(toAda);
        assertThat(document.filename()).isEqualTo("cv.pdf");
        assertThat(document.contentType()).isEqualTo("application/pdf");
        assertThat(document.sizeBytes()).isEqualTo(PDF.length);
        assertThat(document.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(document.uploadedBy()).isEqualTo(agent.colleagueId());
        assertThat(document.storageKey()).isEqualTo(Document.storageKeyOf(document.id()));
        assertThat(storedBytes(crm, document)).isEqualTo(PDF);
        assertThat(crm.blobs.head(document.storageKey()).orElseThrow().sha256()).isEqualTo(document.sha256());
    }

    @Test
    void theContentTypeComesFromTheBytesWhateverTheFileIsCalled() {
        Document document = upload(crm, agent, toAda, "invoice.pdf", HTML);

        assertThat(document.contentType()).isEqualTo("text/html");
        assertThat(crm.blobs.head(document.storageKey()).orElseThrow().contentType())
                .as("the store serves the bytes as what they are").isEqualTo("text/html");
    }

    @Test
    void theUploadIsAuditedAsTheCreationOfTheDocument() {
        Observed<Document> uploaded = observe(() -> upload(crm, agent, toAda, "cv.pdf", PDF));

        assertThat(uploaded.auditEntries()).hasSize(1);
        AuditEntry entry = uploaded.auditEntries().getFirst();
        assertAudit(entry, AuditAction.CREATE, RecordKind.DOCUMENT, uploaded.result().id().value(), agent);
        assertThat(entry.changes()).isEqualTo(AuditEntry.created(uploaded.result().auditSnapshot()));
    }

    @Test
    void anEmptyFileIsADocument() {
        Document document = upload(crm, agent, toAda, "empty.txt", new byte[0]);

        assertThat(document.sizeBytes()).isZero();
        assertThat(document.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(storedBytes(crm, document)).isEmpty();
    }

    @Test
    void aViewerIsRefusedBeforeAnyByteIsRead() {
        WatchedStream content = WatchedStream.of(PDF);

        forbidden(() -> useCases.documents().upload().execute(viewer, command(toAda, "cv.pdf", content)));

        assertThat(content.bytesRead()).isZero();
        assertThat(blobKeys(crm)).isEmpty();
    }

    @Test
    void aMissingHumanIsRefusedOnTheEntityIdBeforeAnyByteIsRead() {
        WatchedStream content = WatchedStream.of(PDF);
        RecordRef nobody = new RecordRef(RecordKind.HUMAN, UUID.randomUUID());

        assertThat(refusedOnField("entityId", () -> useCases.documents().upload().execute(agent,
                command(nobody, "cv.pdf", content)))).containsExactly("no human with this id");

        assertThat(content.bytesRead()).isZero();
        assertThat(blobKeys(crm)).isEmpty();
    }

    @Test
    void aKindWithoutRecordsYetIsRefusedLikeAMissingRecord() {
        WatchedStream content = WatchedStream.of(PDF);
        // An account with Ada's id: the id exists, but not as an account.
        RecordRef account = new RecordRef(RecordKind.ACCOUNT, ada.id().value());

        refusedOnField("entityId", () -> useCases.documents().upload().execute(agent, command(account, "cv.pdf", content)));

        assertThat(content.bytesRead()).isZero();
    }

    @Test
    void aFileWithoutANameIsRefusedBeforeAnyByteIsRead() {
        WatchedStream content = WatchedStream.of(PDF);

        refusedOnField("file", () -> useCases.documents().upload().execute(agent, command(toAda, "uploads/", content)));

        assertThat(content.bytesRead()).isZero();
    }

    @Test
    void aFileOfExactlyTheLimitIsAccepted() {
        SmallCrm small = new SmallCrm(600);

        Document document = small.upload(WatchedStream.of(new byte[600]));

        assertThat(document.sizeBytes()).isEqualTo(600);
        assertThat(rows(small.crm)).containsExactly(document);
    }

    @Test
    void oneByteOverTheLimitIsRefusedAndNothingIsKept() {
        SmallCrm small = new SmallCrm(600);

        DocumentTooLargeException refusal = catchThrowableOfType(DocumentTooLargeException.class,
                () -> small.upload(WatchedStream.of(new byte[601])));

        assertThat(refusal.maxBytes()).isEqualTo(600);
        small.keptNothing();
    }

    @Test
    void aLargeUploadIsCutOffAsSoonAsItPassesTheLimit() {
        SmallCrm small = new SmallCrm(600);
        WatchedStream huge = WatchedStream.of(new byte[4 * 1024 * 1024]);

        assertThat(catchThrowable(() -> small.upload(huge))).isInstanceOf(DocumentTooLargeException.class);

        assertThat(huge.bytesRead()).as("bytes read from the client").isLessThanOrEqualTo(601);
        small.keptNothing();
    }

    @Test
    void aLimitSmallerThanWhatTheDetectorReadsStillHolds() {
        SmallCrm tiny = new SmallCrm(10);

        assertThat(catchThrowable(() -> tiny.upload(WatchedStream.of(PDF)))).isInstanceOf(DocumentTooLargeException.class);

        tiny.keptNothing();
        assertThat(tiny.upload(WatchedStream.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contentType())
                .isEqualTo("application/pdf");
    }

    @Test
    void anUploadThatBreaksOffKeepsNothing() {
        byte[] bytes = new byte[2000];

        // Once within the bytes read to detect the type, once while they stream to the store.
        for (int breakAt : new int[] {100, 1500}) {
            Throwable failure = catchThrowable(() -> useCases.documents().upload().execute(agent,
                    command(toAda, "cv.pdf", WatchedStream.breakingAfter(bytes, breakAt))));
            assertThat(failure).as("breaking after %d bytes", breakAt).isInstanceOf(UncheckedIOException.class);
        }

        assertThat(blobKeys(crm)).isEmpty();
        assertThat(rows(crm)).isEmpty();
    }

    /**
     * A store takes an IOException during a put for its own failure (the filesystem store answers "unavailable"),
     * so the client's broken stream must reach it unchecked, and the client hear that its upload broke off.
     */
    @Test
    void aBrokenUploadIsTheClientsFaultNotTheStores() {
        BlobStore likeTheFilesystemStore = new DelegatingBlobStore(crm.blobs) {
            @Override
            public BlobInfo put(String key, InputStream content, String contentType) {
                try {
                    content.transferTo(OutputStream.nullOutputStream());
                } catch (IOException e) {
                    throw new UnavailableException("The store could not write " + key, e);
                }
                throw new AssertionError("the stream breaks");
            }
        };
        UseCases useCasesOverIt = crm.useCasesWith(ports -> ports.withBlobs(likeTheFilesystemStore));

        Throwable failure = catchThrowable(() -> useCasesOverIt.documents().upload().execute(agent,
                command(toAda, "cv.pdf", WatchedStream.breakingAfter(new byte[200_000], 100_000))));

        assertThat(failure).isInstanceOf(UncheckedIOException.class).isNotInstanceOf(UnavailableException.class);
    }

    @Test
    void whenTheRowIsRefusedTheBytesAreRemoved() {
        DocumentRepository refusing = new DelegatingDocumentRepository(crm.documents) {
            @Override
            public void add(Document document) {
                throw ConflictException.duplicate("document " + document.id() + " exists");
            }
        };
        UseCases failing = crm.useCasesWith(ports -> ports.withStorage(DelegatingStorage.withDocuments(ports.storage(), refusing)));

        assertThat(catchThrowable(() -> failing.documents().upload().execute(agent,
                command(toAda, "cv.pdf", new ByteArrayInputStream(PDF))))).isInstanceOf(ConflictException.class);

        assertThat(blobKeys(crm)).isEmpty();
        assertThat(rows(crm)).isEmpty();
    }

    /** The commit may have happened without the answer coming back: removing the bytes could orphan a row. */
    @Test
    void whenTheDatabaseCannotBeReachedTheBytesAreLeftForTheReconciler() {
        DocumentRepository unreachable = new DelegatingDocumentRepository(crm.documents) {
            @Override
            public void add(Document document) {
                throw new UnavailableException("The database is not answering", null);
            }
        };
        UseCases failing = crm.useCasesWith(ports -> ports.withStorage(DelegatingStorage.withDocuments(ports.storage(), unreachable)));

        assertThat(catchThrowable(() -> failing.documents().upload().execute(agent,
                command(toAda, "cv.pdf", new ByteArrayInputStream(PDF))))).isInstanceOf(UnavailableException.class);

        assertThat(blobKeys(crm)).hasSize(1);
        assertThat(rows(crm)).isEmpty();
        crm.clock.advance(ReconcileDocumentBlobs.GRACE.plusSeconds(1));
        assertThat(useCases.documents().reconcile().execute(admin).removed()).isEqualTo(1);
        assertThat(blobKeys(crm)).isEmpty();
    }

    @Test
    void aHumanDeletedWhileTheBytesStreamedGetsNoDocumentAndTheBytesAreRemoved() {
        GivenFile file = new GivenFile(toAda, "cv.pdf", new ByteArrayInputStream(PDF), -1,
                () -> useCases.humans().delete().execute(admin, new DeleteHuman.Command(ada.id(), null)));

        RuleViolationException refusal = catchThrowableOfType(RuleViolationException.class,
                () -> useCases.documents().upload().execute(agent, new UploadDocument.Command(file, null, PATH)));

        assertThat(refusal.fieldErrors()).containsOnlyKeys("entityId");
        assertThat(blobKeys(crm)).isEmpty();
        assertThat(rows(crm)).isEmpty();
    }

    @Test
    void aRequestThatEndsBadlyAfterTheFileKeepsNothing() {
        GivenFile file = new GivenFile(toAda, "cv.pdf", new ByteArrayInputStream(PDF), -1, () -> {
            throw RuleViolationException.field("file", "must be the last field of the form");
        });

        refusedOnField("file", () -> useCases.documents().upload().execute(agent, new UploadDocument.Command(file, null, PATH)));

        assertThat(blobKeys(crm)).isEmpty();
        assertThat(rows(crm)).isEmpty();
    }

    @Test
    void aFileDeclaredLargerThanTheLimitIsRefusedBeforeItIsOpened() {
        SmallCrm small = new SmallCrm(500);
        GivenFile file = new GivenFile(small.human, "big.bin", WatchedStream.of(new byte[10]), 501, () -> { });

        assertThat(catchThrowable(() -> small.crm.useCases.documents().upload().execute(small.agent,
                new UploadDocument.Command(file, null, PATH)))).isInstanceOf(DocumentTooLargeException.class);
        assertThat(file.opened()).isFalse();
    }

    @Test
    void aFileDeclaredExactlyTheLimitIsAccepted() {
        SmallCrm small = new SmallCrm(500);
        GivenFile file = new GivenFile(small.human, "file.bin", WatchedStream.of(new byte[500]), 500, () -> { });

        Document document = uploaded(small.crm.useCases.documents().upload().execute(small.agent,
                new UploadDocument.Command(file, null, PATH)));

        assertThat(document.sizeBytes()).isEqualTo(500);
        assertThat(rows(small.crm)).containsExactly(document);
    }

    @Test
    void aRetryUnderItsKeyGetsTheFirstAnswerAndKeepsNoSecondCopy() {
        UploadDocument.Outcome first = withKey("k1", toAda, "cv.pdf", PDF);
        FirstResponse answer = new FirstResponse(201, Map.of(), "first".getBytes(StandardCharsets.UTF_8));
        useCases.idempotency().settle(((UploadDocument.Uploaded) first).run(), answer);

        UploadDocument.Outcome retry = withKey("k1", toAda, "C:\\fakepath\\cv.pdf", PDF);

        assertThat(retry).isEqualTo(new UploadDocument.Replayed(answer));
        assertThat(rows(crm)).hasSize(1);
        assertThat(blobKeys(crm)).hasSize(1);
    }

    @Test
    void aKeyUsedForAnotherFileRecordOrNameIsRefusedAndItsBytesAreDropped() {
        useCases.idempotency().settle(((UploadDocument.Uploaded) withKey("k2", toAda, "cv.pdf", PDF)).run(),
                new FirstResponse(201, Map.of(), new byte[0]));
        RecordRef toGrace = new RecordRef(RecordKind.HUMAN, aHuman().createdIn(crm).id().value());

        for (Runnable other : List.<Runnable>of(() -> withKey("k2", toAda, "cv.pdf", HTML), () -> withKey("k2", toAda, "cv2.pdf", PDF),
                () -> withKey("k2", toGrace, "cv.pdf", PDF))) {
            assertThat(catchThrowable(other::run)).isInstanceOf(IdempotencyKeyReusedException.class);
        }
        assertThat(rows(crm)).hasSize(1);
        assertThat(blobKeys(crm)).hasSize(1);
    }

    @Test
    void aFailedUploadReleasesItsKeyForACorrectedRetry() {
        DocumentRepository refusing = new DelegatingDocumentRepository(crm.documents) {
            @Override
            public void add(Document document) {
                throw ConflictException.duplicate("document " + document.id() + " exists");
            }
        };
        UseCases failing = crm.useCasesWith(ports -> ports.withStorage(DelegatingStorage.withDocuments(ports.storage(), refusing)));
        assertThat(catchThrowable(() -> failing.documents().upload().execute(agent, new UploadDocument.Command(
                new GivenFile(toAda, "cv.pdf", new ByteArrayInputStream(PDF), -1, () -> { }), "k3", PATH))))
                .isInstanceOf(ConflictException.class);

        assertThat(withKey("k3", toAda, "cv.pdf", PDF)).isInstanceOf(UploadDocument.Uploaded.class);
    }

    private UploadDocument.Outcome withKey(String key, RecordRef to, String filename, byte[] bytes) {
        return useCases.documents().upload().execute(agent, new UploadDocument.Command(
                new GivenFile(to, filename, new ByteArrayInputStream(bytes), -1, () -> { }), key, PATH));
    }

    /** A CRM of its own whose size limit is small enough to test with a few bytes. */
    private static final class SmallCrm {

        final InMemoryCrm crm;
        private final Actor agent;
        private final RecordRef human;

        SmallCrm(long maxDocumentBytes) {
            crm = new InMemoryCrm(new Limits(maxDocumentBytes));
            agent = crm.actor(Role.AGENT);
            human = new RecordRef(RecordKind.HUMAN, aHuman().createdIn(crm).id().value());
        }

        Document upload(WatchedStream content) {
            return uploaded(crm.useCases.documents().upload().execute(agent, command(human, "file.bin", content)));
        }

        void keptNothing() {
            assertThat(blobKeys(crm)).as("bytes kept").isEmpty();
            assertThat(rows(crm)).as("documents kept").isEmpty();
            assertThat(crm.auditLog.entries()).extracting(AuditEntry::entityType).doesNotContain(RecordKind.DOCUMENT);
        }
    }
}

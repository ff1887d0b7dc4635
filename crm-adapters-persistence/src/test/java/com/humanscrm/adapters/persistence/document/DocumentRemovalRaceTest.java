package com.humanscrm.adapters.persistence.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.adapters.persistence.StatementLog;
import com.humanscrm.application.document.DocumentRepository;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.MutableClock;
import com.humanscrm.domain.document.Document;
import com.humanscrm.domain.document.DocumentId;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.document.RecordRef;
import com.humanscrm.application.testing.HumanDrafts;
import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.shared.Ids;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The race that deleting a record with documents relies on the database to settle, with two real
 * transactions on two threads (READ COMMITTED, as the pool runs them). An upload holds the record with
 * {@code holdIfExists} (FOR KEY SHARE) before adding its document; a deletion deletes the record, then
 * removes its documents. Whichever comes second waits for the first, so no document outlives its record.
 *
 * <p>Each test lets the first transaction finish only once another connection sees the second one
 * waiting for a lock: no sleeping in the hope that it got there.
 */
class DocumentRemovalRaceTest {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /** In microseconds, as PostgreSQL keeps times. */
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private UnitOfWork unitOfWork;
    private HumanRepository humans;
    private DocumentRepository documents;
    /** Another connection, outside both transactions, to watch them. */
    private DSLContext observer;

    @BeforeEach
    void setUp() {
        unitOfWork = database.persistence().unitOfWork();
        humans = database.persistence().humans();
        documents = database.persistence().documents();
        observer = new StatementLog().dsl(database.settings());
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aDeletionWaitsForAnUploadHoldingTheRecordThenRemovesTheUploadedDocument() throws Exception {
        Human human = addHuman();
        RecordRef record = new RecordRef(RecordKind.HUMAN, human.id().value());
        Document uploaded = aDocument(record);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch deletionWaits = new CountDownLatch(1);

        Future<Boolean> upload = threads.submit(() -> unitOfWork.inTransaction(() -> {
            boolean exists = humans.holdIfExists(human.id());
            documents.add(uploaded);
            held.countDown();
            await(deletionWaits);
            return exists;
        }));
        await(held);
        Future<List<Document>> deletion = threads.submit(() -> unitOfWork.inTransaction(() -> {
            humans.remove(human.id());
            return documents.removeAllOf(record);
        }));
        awaitWaitingForALock("%delete%humans%");

        assertThat(deletion).as("the deletion waits while the upload holds the human").isNotDone();
        deletionWaits.countDown();

        assertThat(upload.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(deletion.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                .as("the document committed while the deletion waited").containsExactly(uploaded);
        assertThat(humans.findById(human.id())).isEmpty();
        assertThat(documents.findById(uploaded.id())).isEmpty();
    }

    @Test
    void anUploadWaitsForADeletionOfTheRecordThenFindsItGone() throws Exception {
        Human human = addHuman();
        RecordRef record = new RecordRef(RecordKind.HUMAN, human.id().value());
        Document earlier = aDocument(record);
        unitOfWork.inTransaction(() -> {
            documents.add(earlier);
            return null;
        });
        CountDownLatch deleted = new CountDownLatch(1);
        CountDownLatch uploadWaits = new CountDownLatch(1);

        Future<List<Document>> deletion = threads.submit(() -> unitOfWork.inTransaction(() -> {
            humans.remove(human.id());
            List<Document> removed = documents.removeAllOf(record);
            deleted.countDown();
            await(uploadWaits);
            return removed;
        }));
        await(deleted);
        Future<Boolean> upload = threads.submit(() -> unitOfWork.inTransaction(() -> humans.holdIfExists(human.id())));
        awaitWaitingForALock("%select%humans%for key share%");

        assertThat(upload).as("the upload waits while the deletion is under way").isNotDone();
        uploadWaits.countDown();

        assertThat(deletion.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).containsExactly(earlier);
        assertThat(upload.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the human is gone once it may go on").isFalse();
    }

    /** Until another backend of this database runs a statement like {@code pattern} and waits for a lock. */
    private void awaitWaitingForALock(String pattern) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (waitingForALock(pattern) == 0) {
            assertThat(System.nanoTime()).as("a statement like %s waiting for a lock", pattern).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private int waitingForALock(String pattern) {
        return observer.fetchOne("""
                        select count(*) from pg_stat_activity
                        where datname = current_database() and pid <> pg_backend_pid()
                          and wait_event_type = 'Lock' and query ilike ?""", pattern)
                .get(0, Integer.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the other transaction got there").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the other transaction", e);
        }
    }

    private Human addHuman() {
        Human human = Human.create(HumanDrafts.draft("Ada", null, "Lovelace", null, Set.of(HumanType.CLIENT),
                List.of(HumanDrafts.email("ada." + Ids.newId(clock) + "@example.test", null, true)), List.of()), clock);
        unitOfWork.inTransaction(() -> {
            humans.add(human);
            return null;
        });
        return human;
    }

    private Document aDocument(RecordRef record) {
        DocumentId id = new DocumentId(Ids.newId(clock));
        return new Document(id, record, "passport.pdf", "application/pdf", 1024, "ab".repeat(32),
                Document.storageKeyOf(id), null, clock.instant());
    }
}

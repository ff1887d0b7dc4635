package com.humanscrm.adapters.persistence.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.adapters.persistence.StatementLog;
import com.humanscrm.application.geo.GeoInterestRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.MutableClock;
import com.humanscrm.domain.geo.GeoInterest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two clients create the same place at the same instant, in two real transactions on two threads: the
 * second's insert waits for the first's, and both answer the one row. No sleeping in the hope of a race:
 * the first commits only once another connection sees the second waiting for its lock.
 */
class GeoInterestRaceTest {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final MutableClock clock = new MutableClock(Instant.now());
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final UnitOfWork unitOfWork = database.persistence().unitOfWork();
    private final GeoInterestRepository places = database.persistence().geoInterests();
    /** Another connection, outside both transactions, to watch them. */
    private final DSLContext observer = new StatementLog().dsl(database.settings());

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void twoCreatesOfOnePlaceAtOnceMakeOneRowAndBothAnswerIt() throws Exception {
        String city = "São Paulo " + UUID.randomUUID();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch secondWaits = new CountDownLatch(1);

        Future<GeoInterestRepository.Found> first = threads.submit(() -> unitOfWork.inTransaction(() -> {
            GeoInterestRepository.Found found = places.findOrAdd(GeoInterest.create(city, "Brasil", clock));
            inserted.countDown();
            await(secondWaits);
            return found;
        }));
        await(inserted);
        Future<GeoInterestRepository.Found> second = threads.submit(() -> unitOfWork.inTransaction(
                () -> places.findOrAdd(GeoInterest.create(city.toUpperCase(java.util.Locale.ROOT).replace('Ã', 'A'),
                        "BRASIL", clock))));
        awaitWaitingForALock();

        assertThat(second).as("the second create waits while the first is under way").isNotDone();
        secondWaits.countDown();

        GeoInterestRepository.Found created = first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        GeoInterestRepository.Found found = second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(created.created()).isTrue();
        assertThat(found.created()).isFalse();
        assertThat(found.place().id()).isEqualTo(created.place().id());
        assertThat(found.place().city()).isEqualTo(city);
        assertThat(observer.fetchCount(observer.selectFrom("geo_interests").where("city = ?", city))).isEqualTo(1);
    }

    @RepeatedTest(5)
    void createsOfOnePlaceFromManyClientsAtOnceLeaveOneRow() throws Exception {
        String city = "Lisbon " + UUID.randomUUID();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            var answers = new java.util.ArrayList<Future<GeoInterestRepository.Found>>();
            for (int i = 0; i < 8; i++) {
                answers.add(clients.submit(() -> {
                    await(start);
                    return unitOfWork.inTransaction(() -> places.findOrAdd(GeoInterest.create(city, "Portugal", clock)));
                }));
            }
            start.countDown();
            long created = 0;
            var ids = new java.util.HashSet<Object>();
            for (Future<GeoInterestRepository.Found> answer : answers) {
                GeoInterestRepository.Found found = answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                created += found.created() ? 1 : 0;
                ids.add(found.place().id());
            }
            assertThat(created).isEqualTo(1);
            assertThat(ids).hasSize(1);
        } finally {
            clients.shutdownNow();
            assertThat(clients.awaitTermination(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        }
    }

    private void awaitWaitingForALock() throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (observer.fetchOne("""
                        select count(*) from pg_stat_activity
                        where datname = current_database() and pid <> pg_backend_pid()
                          and wait_event_type = 'Lock' and query ilike '%insert%geo_interests%'""")
                .get(0, Integer.class) == 0) {
            assertThat(System.nanoTime()).as("the second insert waiting for the first").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the other transaction got there").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the other transaction", e);
        }
    }
}

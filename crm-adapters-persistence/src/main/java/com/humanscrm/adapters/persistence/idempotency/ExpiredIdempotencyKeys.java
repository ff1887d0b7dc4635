package com.humanscrm.adapters.persistence.idempotency;

import com.humanscrm.application.idempotency.Idempotency;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes idempotency keys older than {@link Idempotency#KEPT} in the background, once per interval.
 * Claims already treat them as unknown; this only keeps the table small. With several instances each
 * purges, which is harmless: a delete of rows already gone deletes nothing.
 */
public final class ExpiredIdempotencyKeys implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiredIdempotencyKeys.class);

    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final JooqIdempotencyStore store;
    private final Clock clock;
    private final ScheduledExecutorService purger;

    public ExpiredIdempotencyKeys(JooqIdempotencyStore store, Clock clock, Duration interval) {
        this.store = store;
        this.clock = clock;
        this.purger = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("crm-idempotency-key-purge").daemon().factory());
        long millis = interval.toMillis();
        purger.scheduleWithFixedDelay(this::purgeOrLog, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Deletes the expired keys now; returns how many there were. */
    int purge() {
        int purged = store.purgeCreatedBefore(clock.instant().minus(Idempotency.KEPT));
        if (purged > 0) {
            LOG.info("Purged {} expired idempotency keys", purged);
        }
        return purged;
    }

    /** Stops the background purge, letting one under way finish. */
    @Override
    public void close() {
        purger.shutdown();
        try {
            if (!purger.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("The idempotency key purge did not stop within {}", CLOSE_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void purgeOrLog() {
        try {
            purge();
        } catch (RuntimeException e) {
            // Nothing may escape: the scheduler would cancel every later run.
            LOG.warn("Could not purge expired idempotency keys", e);
        }
    }
}

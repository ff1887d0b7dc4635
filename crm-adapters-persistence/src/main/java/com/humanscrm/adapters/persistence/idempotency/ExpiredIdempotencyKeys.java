package com.humanscrm.adapters.persistence.idempotency;

import com.humanscrm.adapters.persistence.shared.Periodically;
import com.humanscrm.application.idempotency.Idempotency;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes idempotency keys older than {@link Idempotency#KEPT} in the background, once per interval.
 * Claims already treat them as unknown; this only keeps the table small. With several instances each
 * purges, which is harmless: a delete of rows already gone deletes nothing.
 */
public final class ExpiredIdempotencyKeys implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiredIdempotencyKeys.class);

    private final JooqIdempotencyStore store;
    private final Clock clock;
    private final Periodically purger;

    public ExpiredIdempotencyKeys(JooqIdempotencyStore store, Clock clock, Duration interval) {
        this.store = store;
        this.clock = clock;
        this.purger = new Periodically("crm-idempotency-key-purge", interval, this::purge);
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
        purger.close();
    }
}

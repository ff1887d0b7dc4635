package com.humanscrm.adapters.persistence.apikey;

import static com.humanscrm.adapters.persistence.jooq.Tables.API_KEYS;

import com.humanscrm.domain.apikey.ApiKey;
import com.humanscrm.domain.apikey.ApiKeyId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When API keys were last used. Every authenticated request reports a use; writing each would put a
 * row update on the request path, so uses wait here, the latest per key, and a background thread
 * writes them in one batch per interval (and a last time on close). A crash loses at most one
 * interval of last-used times, which only inform people.
 */
public final class LastUses implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LastUses.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final DSLContext dsl;
    private final Map<ApiKeyId, Instant> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService writer;

    public LastUses(DSLContext dsl, Duration flushInterval) {
        this.dsl = dsl;
        this.writer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("crm-api-key-last-used").daemon().factory());
        long millis = flushInterval.toMillis();
        writer.scheduleWithFixedDelay(this::flushOrLog, millis, millis, TimeUnit.MILLISECONDS);
    }

    void record(ApiKeyId id, Instant at) {
        pending.merge(id, at, LastUses::later);
    }

    /** The key with a use that is not written yet, so reads never go back in time. */
    ApiKey withPending(ApiKey key) {
        Instant used = pending.get(key.id());
        if (used == null || key.lastUsedAt() != null && !used.isAfter(key.lastUsedAt())) {
            return key;
        }
        return new ApiKey(key.id(), key.colleagueId(), key.name(), key.role(), key.secretHash(), key.prefix(),
                key.expiresAt(), key.revokedAt(), used, key.version(), key.createdAt(), key.updatedAt());
    }

    /** Writes the pending uses; a use reported meanwhile stays pending for the next time. */
    void flush() {
        Map<ApiKeyId, Instant> uses = Map.copyOf(pending);
        if (uses.isEmpty()) {
            return;
        }
        // greatest(): another instance may have written a later use of the same key already.
        BatchBindStep batch = dsl.batch(dsl.update(API_KEYS)
                .set(API_KEYS.LAST_USED_AT, DSL.greatest(API_KEYS.LAST_USED_AT, DSL.param("at", Instant.class)))
                .where(API_KEYS.ID.eq(DSL.param("id", UUID.class))));
        uses.forEach((id, at) -> batch.bind(Map.of("at", at, "id", id.value())));
        batch.execute();
        // remove(key, value): a later use recorded while writing stays pending.
        uses.forEach(pending::remove);
    }

    /** Stops the background writer, then writes what is still pending. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("The API key last-used writer did not stop within {}", CLOSE_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flushOrLog();
    }

    private void flushOrLog() {
        try {
            flush();
        } catch (RuntimeException e) {
            // The uses stay pending for the next run. Nothing may escape: the scheduler would cancel
            // every later run.
            LOG.warn("Could not write the last-used times of {} API keys", pending.size(), e);
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}

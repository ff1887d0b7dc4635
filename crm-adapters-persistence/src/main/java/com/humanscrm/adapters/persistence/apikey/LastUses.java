package com.humanscrm.adapters.persistence.apikey;

import static com.humanscrm.adapters.persistence.jooq.Tables.API_KEYS;

import com.humanscrm.adapters.persistence.shared.Periodically;
import com.humanscrm.domain.apikey.ApiKey;
import com.humanscrm.domain.apikey.ApiKeyId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * When API keys were last used. Every authenticated request reports a use; writing each would put a
 * row update on the request path, so uses wait here, the latest per key, and a background thread
 * writes them in one batch per interval (and a last time on close). A crash loses at most one
 * interval of last-used times, which only inform people.
 */
public final class LastUses implements AutoCloseable {


    private final DSLContext dsl;
    private final Map<ApiKeyId, Instant> pending = new ConcurrentHashMap<>();
    private final Periodically writer;

    public LastUses(DSLContext dsl, Duration flushInterval) {
        this.dsl = dsl;
        // A failed write leaves the uses pending for the next run.
        this.writer = new Periodically("crm-api-key-last-used", flushInterval, this::flush);
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
        writer.close();
        writer.runOrLog(this::flush);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}

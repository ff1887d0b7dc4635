package com.humanscrm.adapters.persistence.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * When credentials (API keys, sessions) were last used. Every authenticated request reports a use;
 * writing each would put a row update on the request path, so uses wait here, the latest per row,
 * and a background thread writes them in one batch per interval (and a last time on close). A crash
 * loses at most one interval of last-used times, which only inform people.
 *
 * @param <R> the table whose {@code time} column records the last use of the row with that {@code id}
 */
public final class LastUses<R extends Record> implements AutoCloseable {

    private final DSLContext dsl;
    private final TableField<R, UUID> id;
    private final TableField<R, Instant> time;
    private final Map<UUID, Instant> pending = new ConcurrentHashMap<>();
    private final Periodically writer;

    public LastUses(String name, DSLContext dsl, TableField<R, UUID> id, TableField<R, Instant> time, Duration flushInterval) {
        this.dsl = dsl;
        this.id = id;
        this.time = time;
        // A failed write leaves the uses pending for the next run.
        this.writer = new Periodically(name, flushInterval, this::flush);
    }

    public void record(UUID row, Instant at) {
        pending.merge(row, at, LastUses::later);
    }

    /** The later of the stored last use and one not written yet, so reads never go back in time. */
    public Instant latest(UUID row, Instant stored) {
        Instant used = pending.get(row);
        return used == null || stored != null && !used.isAfter(stored) ? stored : used;
    }

    /** Writes the pending uses; a use reported meanwhile stays pending for the next time. */
    public void flush() {
        Map<UUID, Instant> uses = Map.copyOf(pending);
        if (uses.isEmpty()) {
            return;
        }
        // greatest(): another instance may have written a later use of the same row already.
        BatchBindStep batch = dsl.batch(dsl.update(id.getTable())
                .set(time, DSL.greatest(time, DSL.param("at", Instant.class)))
                .where(id.eq(DSL.param("id", UUID.class))));
        uses.forEach((row, at) -> batch.bind(Map.of("at", at, "id", row)));
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

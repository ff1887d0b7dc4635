package com.humanscrm.adapters.persistence.shared;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;

/**
 * The row locks records are held by. A change locks an aggregate (a record with child rows) before reading it,
 * so that concurrent changes and deletes of one record run one after the other and each sees what the one
 * before did: of ten deletes one succeeds and nine find nothing; a change holding an old version is refused as
 * stale, never lost. A record another is made to point to is held from being deleted meanwhile.
 */
public final class RowLocks {

    private RowLocks() {
    }

    /**
     * Locks the row until the transaction ends, then loads the record in a statement of its own. The
     * second statement matters: under READ COMMITTED a statement that waited for a lock re-reads the
     * locked row but not the rest of its snapshot, so children loaded by the same statement could be
     * older than the row. {@code FOR NO KEY UPDATE} leaves alone the key-share locks that keep a record
     * from being deleted while something is attached to it.
     */
    public static <R extends Record, T> Optional<T> lockThenLoad(DSLContext dsl, TableField<R, UUID> id, UUID value,
                                                                 Supplier<Optional<T>> load) {
        boolean exists = dsl.selectOne().from(id.getTable()).where(id.eq(value)).forNoKeyUpdate().fetchOptional().isPresent();
        return exists ? load.get() : Optional.empty();
    }

    /**
     * Whether the row exists; if so it cannot be deleted until the transaction ends, for another record is
     * being made to point to it. {@code FOR KEY SHARE} blocks a {@code DELETE} of the row, yet not an
     * {@code UPDATE} of it, nor other transactions holding it the same way.
     */
    public static <R extends Record> boolean holdIfExists(DSLContext dsl, TableField<R, UUID> id, UUID value) {
        return dsl.selectOne().from(id.getTable()).where(id.eq(value)).forKeyShare().fetchOptional().isPresent();
    }
}

package com.humanscrm.adapters.persistence.shared;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/** The child rows of an aggregate (emails, phone numbers, links), written as its lists say. */
public final class ChildRows {

    private ChildRows() {
    }

    /**
     * Deletes the owner's children that are not kept. One array parameter rather than a NOT IN list: the
     * same statement text for any number of children, so PostgreSQL keeps reusing its prepared plan.
     */
    public static <R extends TableRecord<R>> void deleteOthers(DSLContext dsl, TableField<R, UUID> owner,
                                                               TableField<R, UUID> id, UUID ownerId, List<UUID> kept) {
        dsl.deleteFrom(owner.getTable()).where(owner.eq(ownerId), id.ne(DSL.all(kept.toArray(UUID[]::new)))).execute();
    }

    /**
     * As {@link #upsert(DSLContext, TableField, List)}, for children of which one is primary. PostgreSQL
     * checks the one-primary-per-owner index row by row, so rows losing the primary flag are written
     * before the row gaining it.
     */
    public static <R extends TableRecord<R>> void upsert(DSLContext dsl, TableField<R, UUID> id,
                                                         TableField<R, Boolean> primary, List<R> rows) {
        upsert(dsl, id, rows.stream().sorted(Comparator.comparing(row -> row.get(primary))).toList());
    }

    /** Inserts new children and rewrites changed ones, in one statement. */
    public static <R extends TableRecord<R>> void upsert(DSLContext dsl, TableField<R, UUID> id, List<R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Table<R> table = id.getTable();
        Map<Field<?>, Field<?>> proposed = new LinkedHashMap<>();
        for (Field<?> column : table.fields()) {
            if (!column.equals(id)) {
                proposed.put(column, DSL.excluded(column));
            }
        }
        dsl.insertInto(table, table.fields())
                .valuesOfRecords(rows)
                .onConflict(id)
                .doUpdate()
                .set(proposed)
                // An unchanged child is left alone rather than rewritten as a new row version.
                .where(DSL.row(proposed.keySet()).isDistinctFrom(DSL.row(proposed.values())))
                .execute();
    }
}

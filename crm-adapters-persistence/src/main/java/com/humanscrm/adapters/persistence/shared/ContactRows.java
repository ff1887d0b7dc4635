package com.humanscrm.adapters.persistence.shared;

import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupItemId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
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

/**
 * The emails and phone numbers of any owner (humans, accounts) in their tables: written as the
 * aggregate's lists say, and read back from a detail query's child rows. Each owner's tables have the
 * same columns but their owner's, so one piece of code serves them all.
 */
public final class ContactRows {

    /** A child row of a detail query, of the kind its first column names. */
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";

    private ContactRows() {
    }

    /**
     * Reads the email or phone number of the current row, whose columns from {@code first} on are kind,
     * id, value, label id, label name, has-WhatsApp, primary, created and updated; answers whether it was one.
     */
    public static boolean read(ResultSet rows, int first, List<ContactPoint<EmailAddress>> emails,
                               List<ContactPoint<PhoneNumber>> phones) throws SQLException {
        String kind = rows.getString(first);
        if (EMAIL.equals(kind)) {
            emails.add(new ContactPoint<>(rows.getObject(first + 1, UUID.class), new EmailAddress(rows.getString(first + 2)),
                    label(rows, first + 3), rows.getBoolean(first + 6), instant(rows, first + 7), instant(rows, first + 8)));
            return true;
        }
        if (PHONE.equals(kind)) {
            phones.add(new ContactPoint<>(rows.getObject(first + 1, UUID.class),
                    new PhoneNumber(rows.getString(first + 2), rows.getBoolean(first + 5)), label(rows, first + 3),
                    rows.getBoolean(first + 6), instant(rows, first + 7), instant(rows, first + 8)));
            return true;
        }
        return false;
    }

    public static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    public static UUID labelId(Label label) {
        return label == null ? null : label.id().value();
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
     * Inserts new children and rewrites changed ones in one statement. PostgreSQL checks the
     * one-primary-per-owner index row by row, so rows losing the primary flag are written before
     * the row gaining it.
     */
    public static <R extends TableRecord<R>> void upsert(DSLContext dsl, TableField<R, UUID> id,
                                                         TableField<R, Boolean> primary, List<R> rows) {
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
                .valuesOfRecords(rows.stream().sorted(Comparator.comparing(row -> row.get(primary))).toList())
                .onConflict(id)
                .doUpdate()
                .set(proposed)
                // An unchanged child is left alone rather than rewritten as a new row version.
                .where(DSL.row(proposed.keySet()).isDistinctFrom(DSL.row(proposed.values())))
                .execute();
    }

    private static Label label(ResultSet rows, int column) throws SQLException {
        UUID id = rows.getObject(column, UUID.class);
        return id == null ? null : new Label(new LookupItemId(id), rows.getString(column + 1));
    }
}

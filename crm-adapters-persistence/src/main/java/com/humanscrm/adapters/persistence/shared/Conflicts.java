package com.humanscrm.adapters.persistence.shared;

import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.RecordKind;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;
import org.jooq.exception.DataAccessException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns what PostgreSQL refuses into the domain's conflicts, so no SQL error crosses a port. The
 * constraints decide, not a read before the write: only they are right when two requests race.
 */
public final class Conflicts {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String CHECK_VIOLATION = "23514";
    /** A reference declared NO ACTION (the default) still holds the row. */
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    /** A reference declared ON DELETE RESTRICT still holds the row: PostgreSQL reports it apart. */
    private static final String RESTRICT_VIOLATION = "23001";

    private Conflicts() {
    }

    /**
     * Runs a write; a unique violation becomes a {@code DUPLICATE} conflict, its message made by
     * {@code describe} from the name of the constraint (or index) that refused the row.
     */
    public static void refuseDuplicate(Runnable write, Function<String, String> describe) {
        try {
            write.run();
        } catch (DataAccessException e) {
            if (UNIQUE_VIOLATION.equals(e.sqlState())) {
                throw ConflictException.duplicate(describe.apply(constraintName(e)));
            }
            throw e;
        }
    }

    /** Runs a delete; a reference to the row that forbids it becomes an {@code IN_USE} conflict. */
    public static void refuseInUse(Runnable delete, String message) {
        refuseInUse(delete, constraint -> message);
    }

    /**
     * As {@link #refuseInUse(Runnable, String)}, for a row more than one kind of record may point to: the
     * message is made by {@code describe} from the name of the foreign key that forbade the delete.
     */
    public static void refuseInUse(Runnable delete, Function<String, String> describe) {
        try {
            delete.run();
        } catch (DataAccessException e) {
            if (FOREIGN_KEY_VIOLATION.equals(e.sqlState()) || RESTRICT_VIOLATION.equals(e.sqlState())) {
                throw ConflictException.inUse(describe.apply(constraintName(e)));
            }
            throw e;
        }
    }

    /**
     * Writes a changed row only if the stored one is still the version the change started from (one
     * less than the row's): otherwise someone else changed it meanwhile, a
     * {@code CONCURRENT_MODIFICATION} conflict. Writes every column but the id and {@code kept}.
     */
    public static <R extends UpdatableRecord<R>> void updateIfCurrent(DSLContext dsl, R row, TableField<R, UUID> id,
                                                                      TableField<R, Integer> version, RecordKind entity,
                                                                      Field<?>... kept) {
        // Generated records leave their null values untouched, and jOOQ writes only touched columns:
        // without this, clearing an optional field would silently keep the old value.
        row.touched(true);
        row.touched(id, false);
        for (Field<?> field : kept) {
            row.touched(field, false);
        }
        int updated = dsl.update(row.getTable())
                .set(row)
                .where(id.eq(row.get(id)), version.eq(row.get(version) - 1))
                .execute();
        if (updated == 0) {
            throw ConflictException.concurrentModification(entity, row.get(id));
        }
    }

    /**
     * Runs a write; the check constraint {@code constraint} refusing it becomes {@code refusal}'s conflict:
     * a rule only the database can decide when requests race (the seats of a flight).
     */
    public static void refuseBreaking(String constraint, Runnable write, Supplier<ConflictException> refusal) {
        try {
            write.run();
        } catch (DataAccessException e) {
            if (CHECK_VIOLATION.equals(e.sqlState()) && constraint.equals(constraintName(e))) {
                throw refusal.get();
            }
            throw e;
        }
    }

    private static String constraintName(DataAccessException e) {
        PSQLException cause = e.getCause(PSQLException.class);
        ServerErrorMessage message = cause == null ? null : cause.getServerErrorMessage();
        return message == null || message.getConstraint() == null ? "" : message.getConstraint();
    }
}

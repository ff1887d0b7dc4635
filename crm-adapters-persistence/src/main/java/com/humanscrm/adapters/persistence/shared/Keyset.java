package com.humanscrm.adapters.persistence.shared;

import com.humanscrm.application.shared.Cursor;
import com.humanscrm.application.shared.MalformedRequestException;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.impl.DSL;

/**
 * Keyset pagination over one sort column with the id breaking ties: a page continues strictly after
 * the last row of the previous one, so it costs the same on page 1000 as on page 1 and neither skips
 * nor repeats rows when others are inserted meanwhile. Each order needs an index on (key, id).
 *
 * <p>A repository filters with {@link #after}, orders with {@link #orderBy}, fetches
 * {@link #rowsToFetch} rows and hands them to {@link #page}: the one row more than the limit tells
 * whether there is a next page without counting.
 *
 * @param <T> the domain type listed
 * @param <K> the sort key's type
 */
public final class Keyset<T, K> {

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private final String token;
    private final Field<K> keyColumn;
    private final Field<UUID> idColumn;
    private final boolean descending;
    private final Function<String, K> parseKey;
    private final Function<T, K> keyOf;
    private final Function<T, UUID> idOf;

    private Keyset(String token, Field<K> keyColumn, Field<UUID> idColumn, boolean descending,
                   Function<String, K> parseKey, Function<T, K> keyOf, Function<T, UUID> idOf) {
        this.token = token;
        this.keyColumn = keyColumn;
        this.idColumn = idColumn;
        this.descending = descending;
        this.parseKey = parseKey;
        this.keyOf = keyOf;
        this.idOf = idOf;
    }

    /** Ordered by a timestamp; {@code token} is what the cursor remembers the order by. */
    public static <T> Keyset<T, Instant> byInstant(String token, Field<Instant> keyColumn, Field<UUID> idColumn,
                                                   boolean descending, Function<T, Instant> keyOf, Function<T, UUID> idOf) {
        return new Keyset<>(token, keyColumn, idColumn, descending, Keyset::storableInstant, keyOf, idOf);
    }

    /** An instant a {@code timestamptz} can hold: Instant.parse also takes years PostgreSQL refuses. */
    private static Instant storableInstant(String text) {
        Instant instant = Instant.parse(text);
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new IllegalArgumentException("out of the database's range: " + text);
        }
        return instant;
    }

    /** Ordered by a text column, in the database's collation. */
    public static <T> Keyset<T, String> byText(String token, Field<String> keyColumn, Field<UUID> idColumn,
                                               boolean descending, Function<T, String> keyOf, Function<T, UUID> idOf) {
        return new Keyset<>(token, keyColumn, idColumn, descending, Function.identity(), keyOf, idOf);
    }

    /** The rows after the cursor's; all rows without one. */
    public Condition after(Cursor cursor) {
        if (cursor == null) {
            return DSL.noCondition();
        }
        if (!cursor.sort().equals(token)) {
            throw new MalformedRequestException("The cursor belongs to a list sorted by " + cursor.sort()
                    + ", not " + token + "; start again from the first page");
        }
        K key;
        try {
            key = parseKey.apply(cursor.key());
        } catch (RuntimeException e) {
            throw new MalformedRequestException("The cursor is not one this API issued");
        }
        // A row comparison, which PostgreSQL answers from the (key, id) index in one range scan.
        return descending
                ? DSL.row(keyColumn, idColumn).lt(key, cursor.lastId())
                : DSL.row(keyColumn, idColumn).gt(key, cursor.lastId());
    }

    public List<OrderField<?>> orderBy() {
        return descending
                ? List.of(keyColumn.desc(), idColumn.desc())
                : List.of(keyColumn.asc(), idColumn.asc());
    }

    public int rowsToFetch(PageRequest request) {
        return request.limit() + 1;
    }

    /** The page from rows fetched with {@link #rowsToFetch}; {@code count} runs only when the total was asked for. */
    public Page<T> page(List<T> rows, PageRequest request, LongSupplier count) {
        Long total = request.withTotal() ? count.getAsLong() : null;
        if (rows.size() <= request.limit()) {
            return new Page<>(rows, null, total);
        }
        List<T> items = rows.subList(0, request.limit());
        T last = items.getLast();
        return new Page<>(items, new Cursor(token, keyOf.apply(last).toString(), idOf.apply(last)), total);
    }
}

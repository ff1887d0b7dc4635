package com.humanscrm.application.testing;

import com.humanscrm.application.shared.Cursor;
import com.humanscrm.application.shared.MalformedRequestException;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.shared.Sort;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Keyset paging over a collection, with the same cursor semantics as the database adapter. */
public final class InMemoryPages {

    private InMemoryPages() {
    }

    /** A way to order items: by a key, ties broken by id. */
    public record Order<T, K extends Comparable<K>>(String token, boolean descending, Function<T, K> key,
                                                     Function<K, String> format, Function<String, K> parse,
                                                     Function<T, UUID> id) {

        /** The list's sort by a text field. */
        public static <T> Order<T, String> byText(Sort<?> sort, Function<T, String> key, Function<T, UUID> id) {
            return new Order<>(sort.token(), sort.descending(), key, Function.identity(), Function.identity(), id);
        }

        /** The list's sort by a moment. */
        public static <T> Order<T, Instant> byInstant(Sort<?> sort, Function<T, Instant> key, Function<T, UUID> id) {
            return new Order<>(sort.token(), sort.descending(), key, Instant::toString, Instant::parse, id);
        }
    }

    public static <T, K extends Comparable<K>> Page<T> page(Collection<T> items, Order<T, K> order, PageRequest request) {
        Comparator<T> ascending = Comparator.comparing(order.key()).thenComparing(order.id());
        Comparator<T> comparator = order.descending() ? ascending.reversed() : ascending;
        List<T> sorted = items.stream().sorted(comparator).toList();
        List<T> after = sorted;
        if (request.cursor() != null) {
            Cursor cursor = request.cursor();
            if (!order.token().equals(cursor.sort())) {
                // Its key would be read as another field's value: a page from nowhere, not an error.
                throw new MalformedRequestException("The cursor belongs to a list sorted by " + cursor.sort()
                        + ", not " + order.token() + "; start again from the first page");
            }
            K key;
            try {
                key = order.parse().apply(cursor.key());
            } catch (RuntimeException e) {
                throw new MalformedRequestException("The cursor is not one this API issued");
            }
            after = sorted.stream().filter(item -> {
                int byKey = order.key().apply(item).compareTo(key);
                int compared = byKey != 0 ? byKey : order.id().apply(item).compareTo(cursor.lastId());
                return order.descending() ? compared < 0 : compared > 0;
            }).toList();
        }
        List<T> pageItems = after.stream().limit(request.limit()).toList();
        Cursor next = null;
        if (after.size() > request.limit()) {
            T last = pageItems.getLast();
            next = new Cursor(order.token(), order.format().apply(order.key().apply(last)), order.id().apply(last));
        }
        return new Page<>(pageItems, next, request.withTotal() ? (long) items.size() : null);
    }
}

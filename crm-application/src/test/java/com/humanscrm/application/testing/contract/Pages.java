package com.humanscrm.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.shared.Cursor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Following a keyset-paginated list from its first page to its last, checking the paging as it goes. */
final class Pages {

    /** How PostgreSQL orders uuids (bytewise, unsigned): the tie-breaker every list uses after its key. */
    static final Comparator<UUID> BY_ID = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    /** Enough for any list a contract reads on a shared test database; more means a cursor that does not advance. */
    private static final int MAX_PAGES = 2_000;

    private Pages() {
    }

    /**
     * Every page, from the first to the one without a next cursor. A page with a next cursor must be full
     * (a short page means the list ended), and the last page must not point at an empty one.
     */
    static <T> List<Page<T>> walk(int limit, Function<PageRequest, Page<T>> list) {
        List<Page<T>> pages = new ArrayList<>();
        Cursor cursor = null;
        do {
            Page<T> page = list.apply(new PageRequest(limit, cursor, false));
            pages.add(page);
            cursor = page.nextCursor();
            if (cursor != null) {
                assertThat(page.items()).as("page %d has a next cursor, so it is full", pages.size()).hasSize(limit);
            } else {
                assertThat(page.items()).as("the last page").hasSizeLessThanOrEqualTo(limit);
            }
            assertThat(pages.size()).as("pages read (does the cursor advance?)").isLessThan(MAX_PAGES);
        } while (cursor != null);
        if (pages.size() > 1) {
            assertThat(pages.getLast().items()).as("a next cursor must not lead to an empty page").isNotEmpty();
        }
        return pages;
    }

    /** The items of every page, in order. */
    static <T> List<T> items(List<Page<T>> pages) {
        return pages.stream().flatMap(page -> page.items().stream()).toList();
    }

    /** Every item of the list, read page by page. */
    static <T> List<T> all(int limit, Function<PageRequest, Page<T>> list) {
        return items(walk(limit, list));
    }
}

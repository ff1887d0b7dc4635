package com.humanscrm.adapters.persistence.lookup;

import com.humanscrm.domain.shared.RecordKind;
import static com.humanscrm.adapters.persistence.jooq.Tables.LOOKUP_ITEMS;

import com.humanscrm.adapters.persistence.jooq.tables.records.LookupItemsRecord;
import com.humanscrm.adapters.persistence.shared.Conflicts;
import com.humanscrm.adapters.persistence.shared.Keyset;
import com.humanscrm.application.lookup.LookupRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.lookup.LookupItem;
import com.humanscrm.domain.lookup.LookupItemId;
import com.humanscrm.domain.lookup.LookupList;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Lookup items; names are {@code citext}, so the unique key and {@link #findByName} ignore case. */
public final class JooqLookupRepository implements LookupRepository {


    private final DSLContext dsl;

    public JooqLookupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<LookupItem> findForChange(LookupItemId id) {
        // One row, no children: the row lock and the read are one statement.
        return dsl.selectFrom(LOOKUP_ITEMS).where(LOOKUP_ITEMS.ID.eq(id.value())).forNoKeyUpdate().fetchOptional(JooqLookupRepository::item);
    }

    @Override
    public Optional<LookupItem> findById(LookupItemId id) {
        return dsl.selectFrom(LOOKUP_ITEMS).where(LOOKUP_ITEMS.ID.eq(id.value())).fetchOptional(JooqLookupRepository::item);
    }

    @Override
    public Optional<LookupItem> findByName(LookupList list, String name) {
        return dsl.selectFrom(LOOKUP_ITEMS)
                .where(LOOKUP_ITEMS.LIST.eq(columnValue(list)), LOOKUP_ITEMS.NAME.eq(name))
                .fetchOptional(JooqLookupRepository::item);
    }

    @Override
    public void add(LookupItem item) {
        Conflicts.refuseDuplicate(() -> dsl.insertInto(LOOKUP_ITEMS).set(row(item)).execute(),
                constraint -> duplicateMessage(item));
    }

    @Override
    public void update(LookupItem item) {
        Conflicts.refuseDuplicate(
                () -> Conflicts.updateIfCurrent(dsl, row(item), LOOKUP_ITEMS.ID, LOOKUP_ITEMS.VERSION, RecordKind.LOOKUP_ITEM),
                constraint -> duplicateMessage(item));
    }

    @Override
    public void remove(LookupItemId id) {
        Conflicts.refuseInUse(() -> dsl.deleteFrom(LOOKUP_ITEMS).where(LOOKUP_ITEMS.ID.eq(id.value())).execute(),
                "The lookup item " + id + " is still used by records; change them first");
    }

    @Override
    public Page<LookupItem> list(LookupList list, PageRequest page) {
        Keyset<LookupItem, ?> order = Keyset.byInstant("createdAt", LOOKUP_ITEMS.CREATED_AT, LOOKUP_ITEMS.ID, false,
                LookupItem::createdAt, item -> item.id().value());
        Condition inList = LOOKUP_ITEMS.LIST.eq(columnValue(list));
        return order.page(
                dsl.selectFrom(LOOKUP_ITEMS)
                        .where(inList, order.after(page.cursor()))
                        .orderBy(order.orderBy())
                        .limit(order.rowsToFetch(page))
                        .fetch(JooqLookupRepository::item),
                page, () -> dsl.fetchCount(LOOKUP_ITEMS, inList));
    }

    private static String duplicateMessage(LookupItem item) {
        return "The " + item.list().slug() + " list already has " + item.name();
    }

    private static String columnValue(LookupList list) {
        return list.name().toLowerCase(Locale.ROOT);
    }

    private static LookupItem item(LookupItemsRecord row) {
        return new LookupItem(new LookupItemId(row.getId()), LookupList.valueOf(row.getList().toUpperCase(Locale.ROOT)),
                row.getName(), row.getVersion(), row.getCreatedAt(), row.getUpdatedAt());
    }

    private static LookupItemsRecord row(LookupItem item) {
        return new LookupItemsRecord(item.id().value(), columnValue(item.list()), item.name(), item.version(),
                item.createdAt(), item.updatedAt());
    }
}

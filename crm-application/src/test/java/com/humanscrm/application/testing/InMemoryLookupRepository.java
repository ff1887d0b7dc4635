package com.humanscrm.application.testing;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.lookup.LookupRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.lookup.LookupItem;
import com.humanscrm.domain.lookup.LookupItemId;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Lookup lists seeded as the migration seeds them. Whether an item is in use is asked of a predicate,
 * as the fakes of the records that use labels do not know of each other.
 */
public final class InMemoryLookupRepository implements LookupRepository {

    private static final Map<LookupList, List<String>> SEED = Map.of(
            LookupList.ACCOUNT_TYPES, List.of("Flight Broker", "Flight Provider", "Pet Services", "Business Provider"),
            LookupList.ACCOUNT_HUMAN_ROLES, List.of("Director", "Broker"),
            LookupList.ACCOUNT_EMAIL_LABELS, List.of("Main", "Support", "Billing"),
            LookupList.ACCOUNT_PHONE_LABELS, List.of("Main", "Support", "Fax"),
            LookupList.HUMAN_EMAIL_LABELS, List.of("Work", "Personal", "Other"),
            LookupList.HUMAN_PHONE_LABELS, List.of("Mobile", "Home", "Work", "Other"));

    private final Map<LookupItemId, LookupItem> items = new ConcurrentHashMap<>();
    private Predicate<LookupItemId> inUse = id -> false;

    public static InMemoryLookupRepository seeded(Clock clock) {
        InMemoryLookupRepository repository = new InMemoryLookupRepository();
        for (LookupList list : LookupList.values()) {
            SEED.get(list).forEach(name -> repository.add(LookupItem.create(list, name, clock)));
        }
        return repository;
    }

    public void useCheckedBy(Predicate<LookupItemId> inUse) {
        this.inUse = inUse;
    }

    /** Nothing to wait for in the fake: the races this lock settles are proven on PostgreSQL. */
    @Override
    public Optional<LookupItem> findForChange(LookupItemId id) {
        return findById(id);
    }

    @Override
    public Optional<LookupItem> findById(LookupItemId id) {
        return Optional.ofNullable(items.get(id));
    }

    @Override
    public Optional<LookupItem> findByName(LookupList list, String name) {
        return items.values().stream()
                .filter(item -> item.list() == list && item.name().equalsIgnoreCase(name))
                .findFirst();
    }

    @Override
    public void add(LookupItem item) {
        requireUniqueName(item);
        items.put(item.id(), item);
    }

    @Override
    public void update(LookupItem item) {
        LookupItem stored = items.get(item.id());
        if (stored == null || stored.version() != item.version() - 1) {
            throw ConflictException.concurrentModification(RecordKind.LOOKUP_ITEM, item.id());
        }
        requireUniqueName(item);
        items.put(item.id(), item);
    }

    @Override
    public void remove(LookupItemId id) {
        if (inUse.test(id)) {
            throw ConflictException.inUse("The item is still in use");
        }
        items.remove(id);
    }

    @Override
    public Page<LookupItem> list(LookupList list, PageRequest page) {
        return InMemoryPages.page(items.values().stream().filter(item -> item.list() == list).toList(),
                new InMemoryPages.Order<>("createdAt", false, LookupItem::createdAt, Instant::toString, Instant::parse,
                        item -> item.id().value()), page);
    }

    private void requireUniqueName(LookupItem item) {
        findByName(item.list(), item.name()).filter(other -> !other.id().equals(item.id())).ifPresent(other -> {
            throw ConflictException.duplicate("The " + item.list().slug() + " list already has " + item.name());
        });
    }
}

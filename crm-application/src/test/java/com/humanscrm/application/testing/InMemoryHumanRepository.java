package com.humanscrm.application.testing;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.human.HumanListQuery;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.human.HumanSortField;
import com.humanscrm.application.human.HumanSummary;
import com.humanscrm.application.lookup.LookupRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.contact.Contacts;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.lookup.LookupItemId;
import com.humanscrm.domain.shared.ConflictException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Humans in a map. Labels are read back with their lookup item's current name, as the database's
 * join gives them: a renamed label shows its new name on every human that uses it.
 */
public final class InMemoryHumanRepository implements HumanRepository {

    private final Map<HumanId, Human> humans = new ConcurrentHashMap<>();
    private final CurrentLabels labels;
    private Consumer<HumanId> beforeRemoval = id -> { };

    /** Labels come back as they were stored, without a lookup list to ask for renames. */
    public InMemoryHumanRepository() {
        this.labels = new CurrentLabels(id -> Optional.empty());
    }

    /** Labels come back with their current name in {@code lookups}. */
    public InMemoryHumanRepository(LookupRepository lookups) {
        this.labels = new CurrentLabels(lookups::findById);
    }

    /** Nothing to wait for in the fake: the races this lock settles are proven on PostgreSQL. */
    @Override
    public Optional<Human> findForChange(HumanId id) {
        return findById(id);
    }

    @Override
    public Optional<Human> findById(HumanId id) {
        return Optional.ofNullable(humans.get(id)).map(this::withCurrentLabels);
    }

    @Override
    public void add(Human human) {
        if (humans.putIfAbsent(human.id(), human) != null) {
            throw ConflictException.duplicate("human " + human.id() + " exists");
        }
    }

    @Override
    public void update(Human human) {
        Human stored = humans.get(human.id());
        if (stored == null || stored.version() != human.version() - 1) {
            throw ConflictException.concurrentModification(RecordKind.HUMAN, human.id());
        }
        humans.put(human.id(), human);
    }

    @Override
    public void remove(HumanId id) {
        beforeRemoval.accept(id);
        humans.remove(id);
    }

    /**
     * What the database's references do when a human is deleted: refuse (by throwing) while records that
     * must keep it point to it, and remove what belongs to it.
     */
    public void onRemoval(Consumer<HumanId> references) {
        this.beforeRemoval = references;
    }


    @Override
    public boolean holdIfExists(HumanId id) {
        return humans.containsKey(id);
    }

    @Override
    public Page<HumanSummary> list(HumanListQuery query) {
        List<HumanSummary> matching = humans.values().stream()
                .filter(human -> query.status() == null || human.status() == query.status())
                .filter(human -> query.type() == null || human.types().contains(query.type()))
                .filter(human -> query.q() == null || InMemorySearch.matches(query.q(), human.contacts(), human.firstName(),
                        human.middleName(), human.lastName()))
                .map(HumanSummary::of)
                .toList();
        return query.sort().field() == HumanSortField.LAST_NAME
                ? InMemoryPages.page(matching, InMemoryPages.Order.byText(query.sort(), HumanSummary::lastName, human -> human.id().value()),
                        query.page())
                : InMemoryPages.page(matching, InMemoryPages.Order.byInstant(query.sort(), HumanSummary::createdAt,
                        human -> human.id().value()), query.page());
    }

    /** Whether any human's email or phone carries this label, as the database's foreign keys would know. */
    public boolean usesLabel(LookupItemId id) {
        return humans.values().stream().anyMatch(human -> CurrentLabels.used(human.contacts(), id));
    }

    private Human withCurrentLabels(Human human) {
        Contacts contacts = labels.of(human.contacts());
        return contacts.equals(human.contacts()) ? human
                : Human.restore(human.id(), human.firstName(), human.middleName(), human.lastName(), human.status(),
                        human.types(), contacts, human.version(), human.createdAt(), human.updatedAt());
    }
}

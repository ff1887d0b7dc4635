package com.humanscrm.application.testing;

import com.humanscrm.application.pet.PetListQuery;
import com.humanscrm.application.pet.PetRepository;
import com.humanscrm.application.pet.PetSortField;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.pet.Pet;
import com.humanscrm.domain.pet.PetId;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.RecordKind;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Pets in a map; the lists in the orders the database's indexes give. */
public final class InMemoryPetRepository implements PetRepository {

    private final Map<PetId, Pet> pets = new ConcurrentHashMap<>();

    /** Nothing to wait for in the fake: the races this lock settles are proven on PostgreSQL. */
    @Override
    public Optional<Pet> findForChange(PetId id) {
        return findById(id);
    }

    @Override
    public Optional<Pet> findById(PetId id) {
        return Optional.ofNullable(pets.get(id));
    }

    @Override
    public void add(Pet pet) {
        if (pets.putIfAbsent(pet.id(), pet) != null) {
            throw ConflictException.duplicate("pet " + pet.id() + " exists");
        }
    }

    @Override
    public synchronized void update(Pet pet) {
        Pet stored = pets.get(pet.id());
        if (stored == null || stored.version() != pet.version() - 1) {
            throw ConflictException.concurrentModification(RecordKind.PET, pet.id());
        }
        pets.put(pet.id(), pet);
    }

    @Override
    public void remove(PetId id) {
        pets.remove(id);
    }

    @Override
    public boolean holdIfExists(PetId id) {
        return pets.containsKey(id);
    }

    @Override
    public Optional<HumanId> ownerHeld(PetId id) {
        return findById(id).map(Pet::humanId);
    }

    @Override
    public List<Pet> allOfForChange(HumanId human) {
        return ofHuman(human);
    }

    /** The human's pets by name, as its detail lists them. */
    public List<Pet> ofHuman(HumanId human) {
        return pets.values().stream().filter(pet -> pet.humanId().equals(human))
                .sorted(Comparator.comparing(Pet::name).thenComparing(pet -> pet.id().value())).toList();
    }

    /** Whether a pet belongs to this human, as the database's reference to it would know. */
    public boolean mentions(HumanId human) {
        return pets.values().stream().anyMatch(pet -> pet.humanId().equals(human));
    }

    @Override
    public Page<Pet> list(PetListQuery query) {
        List<Pet> matching = pets.values().stream()
                .filter(pet -> query.humanId() == null || pet.humanId().equals(query.humanId()))
                .filter(pet -> query.breed() == null || pet.breed().equals(Optional.of(query.breed())))
                .filter(pet -> query.active() == null || pet.isActive() == query.active())
                .filter(pet -> query.q() == null || named(pet, query.q()))
                .toList();
        return query.sort().field() == PetSortField.NAME
                ? InMemoryPages.page(matching, InMemoryPages.Order.byText(query.sort(), Pet::name, pet -> pet.id().value()),
                        query.page())
                : InMemoryPages.page(matching, InMemoryPages.Order.byInstant(query.sort(), Pet::createdAt,
                        pet -> pet.id().value()), query.page());
    }

    private static boolean named(Pet pet, String q) {
        String name = pet.name().toLowerCase(Locale.ROOT);
        return Arrays.stream(q.toLowerCase(Locale.ROOT).split("\\s+")).allMatch(name::contains);
    }
}

package com.humanscrm.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.pet.PetListQuery;
import com.humanscrm.application.pet.PetRepository;
import com.humanscrm.application.pet.PetSortField;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.shared.Sort;
import com.humanscrm.application.testing.HumanDrafts;
import com.humanscrm.application.testing.Refusals;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.pet.Breed;
import com.humanscrm.domain.pet.Pet;
import com.humanscrm.domain.pet.PetId;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.Ids;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PetRepository} must do, and what deleting a human with pets does to the store: the
 * in-memory fake and the jOOQ adapter both run these. Each test's pets belong to humans of its own.
 */
public abstract class PetRepositoryContract extends RepositoryContract {

    protected abstract PetRepository pets();

    protected abstract HumanRepository humans();

    @Test
    public void aStoredPetReadsBackWithEveryField() {
        Pet pet = add(new Pet.Fields(aHuman(), "Rex " + token, Breed.BERNESE_MOUNTAIN_DOG, new BigDecimal("48.25"),
                LocalDate.of(2019, 4, 12), "Water every two hours", true));

        assertSamePet(pets().findById(pet.id()).orElseThrow(), pet);
        assertSamePet(inTransaction(() -> pets().findForChange(pet.id())).orElseThrow(), pet);
        assertThat(inTransaction(() -> pets().holdIfExists(pet.id()))).isTrue();
    }

    @Test
    public void aPetOfEveryBreedIsStored() {
        HumanId human = aHuman();
        for (Breed breed : Breed.all()) {
            Pet pet = add(new Pet.Fields(human, breed.displayName(), breed, null, null, null, true));
            assertThat(pets().findById(pet.id()).orElseThrow().breed()).contains(breed);
        }
    }

    @Test
    public void anUnknownIdFindsNothing() {
        PetId unknown = new PetId(Ids.newId(clock));

        assertThat(pets().findById(unknown)).isEmpty();
        assertThat(inTransaction(() -> pets().findForChange(unknown))).isEmpty();
        assertThat(inTransaction(() -> pets().holdIfExists(unknown))).isFalse();
    }

    @Test
    public void anUpdateStoresEveryChangeAndAStaleOneIsAConcurrentModification() {
        Pet original = add(rex(aHuman(), "Rex"));
        Pet changed = original.change(new Pet.Fields(aHuman(), "Rex II", null, new BigDecimal("7.10"), null, "Shy", false),
                clock);

        inTransaction(() -> pets().update(changed));

        assertSamePet(pets().findById(original.id()).orElseThrow(), changed);
        Refusals.refusal(ConflictException.class, ConflictException.CONCURRENT_MODIFICATION,
                () -> inTransaction(() -> pets().update(original.change(rex(original.humanId(), "Again"), clock))));
    }

    @Test
    public void aRemovedPetIsGone() {
        Pet pet = add(rex(aHuman(), "Rex"));

        inTransaction(() -> pets().remove(pet.id()));

        assertThat(pets().findById(pet.id())).isEmpty();
    }

    @Test
    public void aHumansPetsAreAllOfItsOwnAndOnlyThem() {
        HumanId human = aHuman();
        Pet rex = add(rex(human, "Rex"));
        Pet ada = add(rex(human, "Ada"));
        add(rex(aHuman(), "Other"));

        assertThat(inTransaction(() -> pets().allOfForChange(human))).extracting(Pet::id)
                .containsExactlyInAnyOrder(rex.id(), ada.id());
    }

    @Test
    public void aHumanWithPetsCannotBeRemovedUntilTheyAreGone() {
        HumanId human = aHuman();
        Pet pet = add(rex(human, "Rex"));

        Refusals.refusal(ConflictException.class, ConflictException.IN_USE, () -> inTransaction(() -> humans().remove(human)));

        inTransaction(() -> pets().remove(pet.id()));
        inTransaction(() -> humans().remove(human));
        assertThat(humans().findById(human)).isEmpty();
    }

    @Test
    public void aListPagesInEachSortWithoutGapsOrRepeats() {
        HumanId human = aHuman();
        List<Pet> added = new ArrayList<>();
        for (String name : List.of("Milo", "Bella", "Luna", "Bella", "Charlie", "Max", "Daisy")) {
            added.add(add(rex(human, name)));
        }
        Comparator<Pet> byName = Comparator.comparing(Pet::name).thenComparing(pet -> pet.id().value());
        Comparator<Pet> byCreation = Comparator.comparing(Pet::createdAt).thenComparing(pet -> pet.id().value());

        assertThat(all(human, new Sort<>(PetSortField.NAME, false))).containsExactlyElementsOf(ids(added, byName));
        assertThat(all(human, new Sort<>(PetSortField.NAME, true))).containsExactlyElementsOf(ids(added, byName.reversed()));
        assertThat(all(human, new Sort<>(PetSortField.CREATED_AT, false))).containsExactlyElementsOf(ids(added, byCreation));
        assertThat(all(human, new Sort<>(PetSortField.CREATED_AT, true)))
                .containsExactlyElementsOf(ids(added, byCreation.reversed()));
        assertThat(pets().list(new PetListQuery(human, null, null, null, null, new PageRequest(3, null, true))).total())
                .isEqualTo(7);
    }

    @Test
    public void everyFilterNarrowsTheList() {
        HumanId human = aHuman();
        Pet beagle = add(new Pet.Fields(human, "Snoopy " + token, Breed.BEAGLE, null, null, null, true));
        Pet retired = add(new Pet.Fields(human, "Old Rex", Breed.BOXER, null, null, null, false));
        Pet other = add(new Pet.Fields(aHuman(), "Snoopy " + token, Breed.BEAGLE, null, null, null, true));

        assertThat(ids(list(human, null, null, null))).containsExactlyInAnyOrder(beagle.id(), retired.id());
        assertThat(ids(list(human, Breed.BEAGLE, null, null))).containsExactly(beagle.id());
        assertThat(ids(list(human, null, false, null))).containsExactly(retired.id());
        assertThat(ids(list(null, null, null, "snoopy " + token))).containsExactlyInAnyOrder(beagle.id(), other.id());
        assertThat(ids(list(null, null, null, token.substring(2, 8).toUpperCase()))).containsExactlyInAnyOrder(beagle.id(),
                other.id());
        assertThat(ids(list(human, Breed.POODLE, null, null))).isEmpty();
    }

    /** The same pet in every field: an aggregate is equal only to itself. */
    private static void assertSamePet(Pet actual, Pet expected) {
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
    }

    private List<PetId> all(HumanId human, Sort<PetSortField> sort) {
        List<PetId> seen = new ArrayList<>();
        Page<Pet> page = pets().list(new PetListQuery(human, null, null, null, sort, new PageRequest(3, null, false)));
        seen.addAll(ids(page));
        while (page.nextCursor() != null) {
            page = pets().list(new PetListQuery(human, null, null, null, sort, new PageRequest(3, page.nextCursor(), false)));
            seen.addAll(ids(page));
        }
        return seen;
    }

    private Page<Pet> list(HumanId human, Breed breed, Boolean active, String q) {
        return pets().list(new PetListQuery(human, breed, active, q, null, PageRequest.first(50)));
    }

    private static List<PetId> ids(Page<Pet> page) {
        return page.items().stream().map(Pet::id).toList();
    }

    private static List<PetId> ids(List<Pet> pets, Comparator<Pet> order) {
        return pets.stream().sorted(order).map(Pet::id).toList();
    }

    private Pet add(Pet.Fields fields) {
        Pet pet = Pet.create(fields, clock);
        inTransaction(() -> pets().add(pet));
        return pet;
    }

    private static Pet.Fields rex(HumanId human, String name) {
        return new Pet.Fields(human, name, Breed.MIXED_BREED, null, null, null, true);
    }

    private HumanId aHuman() {
        Human human = Human.create(HumanDrafts.draft("Pet " + token, null, "Owner", null, Set.of(HumanType.CLIENT),
                List.of(HumanDrafts.email(uniqueEmail(letters(6)), null, true)), List.of()), clock);
        inTransaction(() -> humans().add(human));
        return human.id();
    }
}

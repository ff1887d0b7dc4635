package com.humanscrm.adapters.persistence.pet;

import static com.humanscrm.adapters.persistence.jooq.Tables.PETS;

import com.humanscrm.adapters.persistence.jooq.tables.records.PetsRecord;
import com.humanscrm.adapters.persistence.shared.Conflicts;
import com.humanscrm.adapters.persistence.shared.Keyset;
import com.humanscrm.adapters.persistence.shared.RowLocks;
import com.humanscrm.adapters.persistence.shared.SearchText;
import com.humanscrm.application.pet.PetListQuery;
import com.humanscrm.application.pet.PetRepository;
import com.humanscrm.application.pet.PetSortField;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.Sort;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.pet.Breed;
import com.humanscrm.domain.pet.Pet;
import com.humanscrm.domain.pet.PetId;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.RecordKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Pets, one row each; each list's sort is an index, alone or after a human or a breed. */
public final class JooqPetRepository implements PetRepository {

    private final DSLContext dsl;

    public JooqPetRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Pet> findById(PetId id) {
        return dsl.selectFrom(PETS).where(PETS.ID.eq(id.value())).fetchOptional(JooqPetRepository::restored);
    }

    @Override
    public Optional<Pet> findForChange(PetId id) {
        return RowLocks.lockThenLoad(dsl, PETS.ID, id.value(), () -> findById(id));
    }

    @Override
    public Optional<HumanId> ownerHeld(PetId id) {
        // FOR SHARE, not KEY SHARE: a change of the pet's human (FOR NO KEY UPDATE) must wait for this booking too.
        return dsl.select(PETS.HUMAN_ID).from(PETS).where(PETS.ID.eq(id.value())).forShare().fetchOptional(PETS.HUMAN_ID)
                .map(HumanId::new);
    }

    @Override
    public List<Pet> allOfForChange(HumanId human) {
        return dsl.selectFrom(PETS).where(PETS.HUMAN_ID.eq(human.value())).orderBy(PETS.ID).forUpdate()
                .fetch(JooqPetRepository::restored);
    }

    @Override
    public void add(Pet pet) {
        dsl.insertInto(PETS).set(row(pet)).execute();
    }

    @Override
    public void update(Pet pet) {
        Conflicts.updateIfCurrent(dsl, row(pet), PETS.ID, PETS.VERSION, RecordKind.PET, PETS.CREATED_AT);
    }

    @Override
    public void remove(PetId id) {
        dsl.deleteFrom(PETS).where(PETS.ID.eq(id.value())).execute();
    }

    @Override
    public boolean holdIfExists(PetId id) {
        return RowLocks.holdIfExists(dsl, PETS.ID, id.value());
    }

    @Override
    public Page<Pet> list(PetListQuery query) {
        Keyset<Pet, ?> order = order(query.sort());
        Condition filter = filter(query);
        return order.page(dsl.selectFrom(PETS)
                        .where(filter, order.after(query.page().cursor()))
                        .orderBy(order.orderBy())
                        .limit(order.rowsToFetch(query.page()))
                        .fetch(JooqPetRepository::restored),
                query.page(), () -> dsl.fetchCount(PETS, filter));
    }

    private static Condition filter(PetListQuery query) {
        Condition filter = DSL.noCondition();
        if (query.humanId() != null) {
            filter = filter.and(PETS.HUMAN_ID.eq(query.humanId().value()));
        }
        if (query.breed() != null) {
            filter = filter.and(PETS.BREED.eq(query.breed().displayName()));
        }
        if (query.active() != null) {
            filter = filter.and(PETS.IS_ACTIVE.eq(query.active()));
        }
        if (query.q() != null) {
            filter = filter.and(SearchText.matches(PETS.SEARCH_TEXT, query.q()));
        }
        return filter;
    }

    private static Keyset<Pet, ?> order(Sort<PetSortField> sort) {
        return switch (sort.field()) {
            case CREATED_AT -> Keyset.byInstant(sort.token(), PETS.CREATED_AT, PETS.ID, sort.descending(), Pet::createdAt,
                    pet -> pet.id().value());
            case NAME -> Keyset.byText(sort.token(), PETS.NAME, PETS.ID, sort.descending(), Pet::name, pet -> pet.id().value());
        };
    }

    private static Pet restored(PetsRecord row) {
        return Pet.restore(new PetId(row.getId()), new Pet.Fields(new HumanId(row.getHumanId()), row.getName(),
                        row.getBreed() == null ? null : Breed.fromDisplayName(row.getBreed(), "breed"), row.getWeightKg(),
                        row.getDateOfBirth(), row.getSpecialNeeds(), row.getIsActive()),
                row.getVersion(), row.getCreatedAt(), row.getUpdatedAt());
    }

    private static PetsRecord row(Pet pet) {
        return new PetsRecord(pet.id().value(), pet.humanId().value(), pet.name(), pet.breed().map(Breed::displayName).orElse(null),
                pet.weightKg().orElse(null), pet.dateOfBirth().orElse(null), pet.specialNeeds().orElse(null), pet.isActive(),
                pet.name().toLowerCase(Locale.ROOT), pet.version(), pet.createdAt(), pet.updatedAt());
    }
}

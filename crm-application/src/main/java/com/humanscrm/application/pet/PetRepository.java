package com.humanscrm.application.pet;

import com.humanscrm.application.edit.AggregateStore;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.pet.Pet;
import com.humanscrm.domain.pet.PetId;
import java.util.List;
import java.util.Optional;

/** Pets, each stored and loaded whole. */
public interface PetRepository extends AggregateStore<PetId, Pet> {

    Optional<Pet> findById(PetId id);

    void add(Pet pet);

    void remove(PetId id);

    /** Whether the pet exists; if so, it cannot be deleted until the current transaction ends. */
    boolean holdIfExists(PetId id);

    /**
     * The human the pet belongs to, if the pet exists; it is then held until the transaction ends from being
     * deleted or given to another human, so what is booked for the human is the human's pet.
     */
    Optional<HumanId> ownerHeld(PetId id);

    /** Every pet of the human, held for a change like {@link #findForChange}: what deleting the human takes with it. */
    List<Pet> allOfForChange(HumanId human);

    Page<Pet> list(PetListQuery query);
}

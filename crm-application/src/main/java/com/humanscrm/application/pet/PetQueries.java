package com.humanscrm.application.pet;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.pet.Breed;
import com.humanscrm.domain.pet.Pet;
import com.humanscrm.domain.pet.PetId;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RecordKind;
import java.util.List;

public final class PetQueries {

    private final PetRepository pets;

    public PetQueries(PetRepository pets) {
        this.pets = pets;
    }

    public Pet get(Actor actor, PetId id) {
        actor.require(Permission.VIEW_RECORDS);
        return pets.findById(id).orElseThrow(() -> NotFoundException.of(RecordKind.PET, id));
    }

    public Page<Pet> list(Actor actor, PetListQuery query) {
        actor.require(Permission.VIEW_RECORDS);
        return pets.list(query);
    }

    /** The breeds a pet may be recorded as, for whoever may read pets. */
    public List<Breed> breeds(Actor actor) {
        actor.require(Permission.VIEW_RECORDS);
        return Breed.all();
    }
}

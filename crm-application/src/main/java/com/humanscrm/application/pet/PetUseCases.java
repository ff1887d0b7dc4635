package com.humanscrm.application.pet;

import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.reference.References;
import com.humanscrm.application.shared.Essentials;
import com.humanscrm.domain.shared.RecordKind;

/** What can be done with pets. */
public record PetUseCases(PetQueries queries, CreatePet create, ChangePet change, DeletePet delete) {

    public static PetUseCases over(PetRepository pets, References references, PetRemoval removal, PetBookings bookings,
                                   Essentials core) {
        var editor = new AggregateEditor<>(RecordKind.PET, pets, core.unitOfWork(), core.audit());
        return new PetUseCases(new PetQueries(pets),
                new CreatePet(pets, references, core.unitOfWork(), core.audit(), core.clock()),
                new ChangePet(editor, references, bookings, core.clock()),
                new DeletePet(editor, core.unitOfWork(), removal));
    }
}

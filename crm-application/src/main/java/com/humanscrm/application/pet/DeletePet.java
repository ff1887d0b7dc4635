package com.humanscrm.application.pet;

import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.pet.Pet;
import com.humanscrm.domain.pet.PetId;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.VersionMismatchException;

/** Deletes a pet with its documents; like its edits, for agents and above. */
public final class DeletePet {

    private final AggregateEditor<PetId, Pet> editor;
    private final UnitOfWork unitOfWork;
    private final PetRemoval removal;

    public DeletePet(AggregateEditor<PetId, Pet> editor, UnitOfWork unitOfWork, PetRemoval removal) {
        this.editor = editor;
        this.unitOfWork = unitOfWork;
        this.removal = removal;
    }

    public Pet execute(Actor actor, Command command) {
        actor.require(Permission.EDIT_RECORDS);
        return unitOfWork.inTransaction(() -> {
            Pet pet = editor.load(command.id());
            VersionMismatchException.check(RecordKind.PET, command.expectedVersion(), pet.version());
            removal.remove(actor, pet);
            return pet;
        });
    }

    public record Command(PetId id, Integer expectedVersion) {
    }
}

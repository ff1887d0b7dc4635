package com.humanscrm.application.pet;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.reference.References;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.pet.Breed;
import com.humanscrm.domain.pet.Pet;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.Violations;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Records a human's pet; every broken rule of the request is reported at once. */
public final class CreatePet {

    private final PetRepository pets;
    private final References references;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;
    private final Clock clock;

    public CreatePet(PetRepository pets, References references, UnitOfWork unitOfWork, AuditTrail audit, Clock clock) {
        this.pets = pets;
        this.references = references;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.clock = clock;
    }

    public Pet execute(Actor actor, Command command) {
        actor.require(Permission.EDIT_RECORDS);
        return unitOfWork.inTransaction(() -> {
            Violations problems = new Violations();
            HumanId human = problems.check(() -> references.human(command.humanId(), "humanId"));
            Breed breed = problems.check(() -> Breed.fromOptionalDisplayName(command.breed(), "breed"));
            Pet pet = problems.check(() -> Pet.create(new Pet.Fields(human, command.name(), breed, command.weightKg(),
                    command.dateOfBirth(), command.specialNeeds(), command.active() == null || command.active()), clock));
            problems.throwIfAny();
            pets.add(pet);
            audit.created(actor, RecordKind.PET, pet.id().value(), pet.auditSnapshot());
            return pet;
        });
    }

    /** Breed is a display name; no {@code active} means an active pet. */
    public record Command(UUID humanId, String name, String breed, BigDecimal weightKg, LocalDate dateOfBirth,
                          String specialNeeds, Boolean active) {
    }
}

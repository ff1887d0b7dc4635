package com.humanscrm.application.pet;

import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.edit.Patched;
import com.humanscrm.application.reference.References;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.pet.Breed;
import com.humanscrm.domain.pet.Pet;
import com.humanscrm.domain.pet.PetId;
import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.Violations;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Changes what is known of a pet, or whose it is while it is not booked on a flight. */
public final class ChangePet {

    private final AggregateEditor<PetId, Pet> editor;
    private final References references;
    private final PetBookings bookings;
    private final Clock clock;

    public ChangePet(AggregateEditor<PetId, Pet> editor, References references, PetBookings bookings, Clock clock) {
        this.editor = editor;
        this.references = references;
        this.bookings = bookings;
        this.clock = clock;
    }

    public Pet execute(Actor actor, Command command) {
        return editor.apply(actor, command.id(), command.expectedVersion(), pet -> {
            Pet.Fields now = pet.fields();
            Violations problems = new Violations();
            var human = problems.check(() -> Patched.value(command.humanId(), now.humanId(),
                    id -> references.human(Checks.required(id, "humanId"), "humanId")));
            var breed = problems.check(() -> Patched.value(command.breed(), now.breed(),
                    name -> Breed.fromOptionalDisplayName(name, "breed")));
            var active = problems.check(() -> Patched.value(command.active(), now.active(),
                    value -> Checks.required(value, "isActive")));
            Pet result = problems.check(() -> pet.change(new Pet.Fields(human, Patched.value(command.name(), now.name()),
                    breed, Patched.value(command.weightKg(), now.weightKg()),
                    Patched.value(command.dateOfBirth(), now.dateOfBirth()),
                    Patched.value(command.specialNeeds(), now.specialNeeds()), active != null && active), clock));
            problems.throwIfAny();
            if (!result.humanId().equals(pet.humanId())) {
                bookings.changingOwner(pet);
            }
            return result;
        }).after();
    }

    /**
     * {@code null} leaves a field unchanged; an empty Optional clears it, which humanId, name and active do
     * not allow. {@code expectedVersion} (from {@code If-Match}) is checked when given.
     */
    public record Command(PetId id, Integer expectedVersion, Optional<UUID> humanId, Optional<String> name,
                          Optional<String> breed, Optional<BigDecimal> weightKg, Optional<LocalDate> dateOfBirth,
                          Optional<String> specialNeeds, Optional<Boolean> active) {
    }
}

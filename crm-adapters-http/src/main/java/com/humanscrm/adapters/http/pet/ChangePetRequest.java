package com.humanscrm.adapters.http.pet;

import com.humanscrm.application.pet.ChangePet;
import com.humanscrm.domain.pet.PetId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code PATCH /api/pets/{id}}: an absent field stays as it is, {@code null} clears it; the domain refuses
 * clearing the human, the name or whether the pet is active. A new {@code humanId} gives the pet to that human.
 */
record ChangePetRequest(Optional<UUID> humanId, Optional<String> name, Optional<String> breed,
                        Optional<BigDecimal> weightKg, Optional<LocalDate> dateOfBirth, Optional<String> specialNeeds,
                        Optional<Boolean> isActive) {

    ChangePet.Command toCommand(PetId id, Integer expectedVersion) {
        return new ChangePet.Command(id, expectedVersion, humanId, name, breed, weightKg, dateOfBirth, specialNeeds,
                isActive);
    }
}

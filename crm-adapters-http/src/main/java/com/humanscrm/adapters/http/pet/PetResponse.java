package com.humanscrm.adapters.http.pet;

import com.humanscrm.adapters.http.shared.Versioned;
import com.humanscrm.domain.pet.Breed;
import com.humanscrm.domain.pet.Pet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A pet in full, as its routes answer it. */
record PetResponse(UUID id, UUID humanId, String name, String breed, BigDecimal weightKg, LocalDate dateOfBirth,
                   String specialNeeds, boolean isActive, int version, Instant createdAt, Instant updatedAt)
        implements Versioned {

    static PetResponse from(Pet pet) {
        return new PetResponse(pet.id().value(), pet.humanId().value(), pet.name(), pet.breed().map(Breed::displayName).orElse(null),
                pet.weightKg().orElse(null), pet.dateOfBirth().orElse(null), pet.specialNeeds().orElse(null), pet.isActive(),
                pet.version(), pet.createdAt(), pet.updatedAt());
    }
}

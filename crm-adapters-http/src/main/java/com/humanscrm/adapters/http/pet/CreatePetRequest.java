package com.humanscrm.adapters.http.pet;

import com.humanscrm.application.pet.CreatePet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** {@code POST /api/pets}: every value rule is the domain's, so all of them are reported together. */
record CreatePetRequest(UUID humanId, String name, String breed, BigDecimal weightKg, LocalDate dateOfBirth,
                        String specialNeeds, Boolean isActive) {

    CreatePet.Command toCommand() {
        return new CreatePet.Command(humanId, name, breed, weightKg, dateOfBirth, specialNeeds, isActive);
    }
}

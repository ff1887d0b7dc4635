package com.humanscrm.adapters.http.human;

import com.humanscrm.application.human.AddHumanEmail;
import com.humanscrm.application.human.CreateHuman;
import com.humanscrm.domain.human.HumanId;
import jakarta.validation.constraints.NotBlank;

/** An email of a new human, or one added to an existing human. */
record NewEmailRequest(@NotBlank String email, String label, Boolean isPrimary) {

    CreateHuman.EmailInput toInput() {
        return new CreateHuman.EmailInput(email, label, Boolean.TRUE.equals(isPrimary));
    }

    AddHumanEmail.Command toCommand(HumanId humanId) {
        return new AddHumanEmail.Command(humanId, email, label, Boolean.TRUE.equals(isPrimary));
    }
}

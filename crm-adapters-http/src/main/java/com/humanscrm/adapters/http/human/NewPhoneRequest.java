package com.humanscrm.adapters.http.human;

import com.humanscrm.application.human.AddHumanPhone;
import com.humanscrm.application.human.CreateHuman;
import com.humanscrm.domain.human.HumanId;
import jakarta.validation.constraints.NotBlank;

/** A phone number of a new human, or one added to an existing human. */
record NewPhoneRequest(@NotBlank String number, String label, Boolean hasWhatsapp, Boolean isPrimary) {

    CreateHuman.PhoneInput toInput() {
        return new CreateHuman.PhoneInput(number, label, Boolean.TRUE.equals(hasWhatsapp), Boolean.TRUE.equals(isPrimary));
    }

    AddHumanPhone.Command toCommand(HumanId humanId) {
        return new AddHumanPhone.Command(humanId, number, label, Boolean.TRUE.equals(hasWhatsapp), Boolean.TRUE.equals(isPrimary));
    }
}

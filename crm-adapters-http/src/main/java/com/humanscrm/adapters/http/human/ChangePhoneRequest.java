package com.humanscrm.adapters.http.human;

import static com.humanscrm.adapters.http.shared.PatchFields.given;

import com.humanscrm.application.human.ChangeHumanPhone;
import com.humanscrm.domain.human.HumanId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.UUID;

/** {@code PATCH .../phone-numbers/{phoneId}}: absent stays, {@code null} clears the label. */
record ChangePhoneRequest(Optional<@NotBlank String> number, Optional<String> label,
                          Optional<@NotNull Boolean> hasWhatsapp, Optional<@NotNull Boolean> isPrimary) {

    ChangeHumanPhone.Command toCommand(HumanId humanId, UUID phoneId, Integer expectedVersion) {
        return new ChangeHumanPhone.Command(humanId, phoneId, given(number), label, given(hasWhatsapp), given(isPrimary),
                expectedVersion);
    }
}

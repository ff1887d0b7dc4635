package com.humanscrm.adapters.http.human;

import static com.humanscrm.adapters.http.shared.PatchFields.given;

import com.humanscrm.application.human.ChangeHumanEmail;
import com.humanscrm.domain.human.HumanId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.UUID;

/** {@code PATCH .../emails/{emailId}}: absent stays, {@code null} clears the label. */
record ChangeEmailRequest(Optional<@NotBlank String> email, Optional<String> label, Optional<@NotNull Boolean> isPrimary) {

    ChangeHumanEmail.Command toCommand(HumanId humanId, UUID emailId, Integer expectedVersion) {
        return new ChangeHumanEmail.Command(humanId, emailId, given(email), label, given(isPrimary), expectedVersion);
    }
}

package com.humanscrm.adapters.http.human;

import com.humanscrm.application.human.CreateHuman;
import com.humanscrm.domain.human.HumanStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** {@code POST /api/humans}. Lengths, address formats and labels are the domain's to check. */
record CreateHumanRequest(
        @NotBlank String firstName,
        String middleName,
        @NotBlank String lastName,
        String status,
        @NotEmpty List<@NotNull String> types,
        @NotEmpty List<@NotNull @Valid NewEmailRequest> emails,
        List<@NotNull @Valid NewPhoneRequest> phones) {

    CreateHuman.Command toCommand() {
        return new CreateHuman.Command(firstName, middleName, lastName,
                status == null ? null : HumanStatus.fromWireName(status, "status"),
                HumanTypes.fromWireNames(types),
                emails.stream().map(NewEmailRequest::toInput).toList(),
                phones == null ? List.of() : phones.stream().map(NewPhoneRequest::toInput).toList());
    }
}

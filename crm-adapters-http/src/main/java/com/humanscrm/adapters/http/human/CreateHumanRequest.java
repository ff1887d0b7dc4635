package com.humanscrm.adapters.http.human;

import com.humanscrm.adapters.http.shared.Bodies;
import com.humanscrm.application.human.CreateHuman;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /api/humans}. Lengths, address formats and labels are the domain's to check. The lists'
 * lengths are checked first, on their own ({@link Bodies.Counts}): a list of 20,000 entries is one error,
 * not 20,000, and its entries are not looked at.
 */
record CreateHumanRequest(
        @NotBlank String firstName,
        String middleName,
        @NotBlank String lastName,
        String status,
        @NotEmpty List<@NotNull String> types,
        @NotEmpty @Size(max = Human.MAX_EMAILS, message = "must hold at most {max} emails", groups = Bodies.Counts.class)
        List<@NotNull @Valid NewEmailRequest> emails,
        @Size(max = Human.MAX_PHONES, message = "must hold at most {max} phone numbers", groups = Bodies.Counts.class)
        List<@NotNull @Valid NewPhoneRequest> phones) {

    CreateHuman.Command toCommand() {
        return new CreateHuman.Command(firstName, middleName, lastName,
                status == null ? null : HumanStatus.fromWireName(status, "status"),
                HumanTypes.fromWireNames(types),
                emails.stream().map(NewEmailRequest::toInput).toList(),
                phones == null ? List.of() : phones.stream().map(NewPhoneRequest::toInput).toList());
    }
}

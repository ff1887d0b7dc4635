package com.humanscrm.adapters.http.human;

import static com.humanscrm.adapters.http.shared.PatchFields.given;

import com.humanscrm.application.human.ChangeHuman;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.human.HumanStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * {@code PATCH /api/humans/{id}}: an absent field stays as it is; {@code null} clears
 * {@code middleName} and is refused for the fields a human cannot be without.
 */
record ChangeHumanRequest(
        Optional<@NotBlank String> firstName,
        Optional<String> middleName,
        Optional<@NotBlank String> lastName,
        Optional<@NotNull String> status,
        Optional<@NotEmpty List<@NotNull String>> types) {

    ChangeHuman.Command toCommand(HumanId id, Integer expectedVersion) {
        return new ChangeHuman.Command(id, expectedVersion, given(firstName), middleName, given(lastName),
                given(status, value -> HumanStatus.fromWireName(value, "status")),
                given(types, HumanTypes::fromWireNames));
    }
}

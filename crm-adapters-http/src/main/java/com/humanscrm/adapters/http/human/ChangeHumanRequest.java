package com.humanscrm.adapters.http.human;

import com.humanscrm.application.human.ChangeHuman;
import com.humanscrm.domain.human.HumanId;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * {@code PATCH /api/humans/{id}}: an absent field stays as it is; {@code null} clears {@code middleName}
 * and is refused by the domain, with every other broken rule, for the fields a human cannot be without.
 */
record ChangeHumanRequest(
        Optional<String> firstName,
        Optional<String> middleName,
        Optional<String> lastName,
        Optional<String> status,
        Optional<List<@NotNull String>> types) {

    ChangeHuman.Command toCommand(HumanId id, Integer expectedVersion) {
        return new ChangeHuman.Command(id, expectedVersion, firstName, middleName, lastName, status, types);
    }
}

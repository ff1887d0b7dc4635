package com.humanscrm.adapters.http.colleague;

import static com.humanscrm.adapters.http.shared.PatchFields.given;

import com.humanscrm.application.colleague.ChangeColleague;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.colleague.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/** {@code PATCH /api/admin/colleagues/{id}}: absent stays; {@code null} clears {@code middleNames} only. */
record ChangeColleagueRequest(Optional<@NotBlank String> firstName, Optional<String> middleNames,
                              Optional<@NotBlank String> lastName, Optional<@NotBlank String> displayName,
                              Optional<@NotNull String> role, Optional<@NotNull Boolean> isActive) {

    ChangeColleague.Command toCommand(ColleagueId id, Integer expectedVersion) {
        return new ChangeColleague.Command(id, expectedVersion, given(firstName), middleNames, given(lastName),
                given(displayName), given(role, value -> Role.fromWireName(value, "role")), given(isActive));
    }
}

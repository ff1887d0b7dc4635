package com.humanscrm.adapters.http.colleague;

import com.humanscrm.application.colleague.AddColleague;
import com.humanscrm.domain.colleague.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code POST /api/admin/colleagues}; the display name defaults to first and last name. */
record AddColleagueRequest(@NotBlank String email, @NotBlank String firstName, String middleNames,
                           @NotBlank String lastName, String displayName, @NotNull String role) {

    AddColleague.Command toCommand() {
        return new AddColleague.Command(email, firstName, middleNames, lastName, displayName,
                Role.fromWireName(role, "role"));
    }
}

package com.humanscrm.adapters.http.colleague;

import static com.humanscrm.adapters.http.shared.PatchFields.given;

import com.humanscrm.application.colleague.ChangeColleague;
import com.humanscrm.domain.colleague.ColleagueId;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * {@code PATCH /api/admin/colleagues/{id}}: absent stays; {@code null} clears {@code middleNames} and is
 * refused, with every other broken rule, for the names and the role a colleague cannot be without.
 */
record ChangeColleagueRequest(Optional<String> firstName, Optional<String> middleNames, Optional<String> lastName,
                              Optional<String> displayName, Optional<String> role, Optional<@NotNull Boolean> isActive) {

    ChangeColleague.Command toCommand(ColleagueId id, Integer expectedVersion) {
        return new ChangeColleague.Command(id, expectedVersion, firstName, middleNames, lastName, displayName, role,
                given(isActive));
    }
}

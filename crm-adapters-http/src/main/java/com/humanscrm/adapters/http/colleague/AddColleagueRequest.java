package com.humanscrm.adapters.http.colleague;

import com.humanscrm.application.colleague.AddColleague;

/**
 * {@code POST /api/admin/colleagues}; the display name defaults to first and last name. Every value rule
 * (the role among them) is the domain's, so all of them are reported together.
 */
record AddColleagueRequest(String email, String firstName, String middleNames, String lastName, String displayName,
                           String role) {

    AddColleague.Command toCommand() {
        return new AddColleague.Command(email, firstName, middleNames, lastName, displayName, role);
    }
}

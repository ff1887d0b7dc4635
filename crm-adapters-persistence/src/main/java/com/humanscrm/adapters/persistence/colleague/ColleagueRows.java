package com.humanscrm.adapters.persistence.colleague;

import com.humanscrm.adapters.persistence.jooq.tables.records.ColleaguesRecord;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.colleague.Role;

/** Colleagues to rows and back; API keys read their colleague through here too. */
public final class ColleagueRows {

    private ColleagueRows() {
    }

    public static Colleague colleague(ColleaguesRecord row) {
        return new Colleague(new ColleagueId(row.getId()), row.getEmail(), row.getFirstName(), row.getMiddleNames(),
                row.getLastName(), row.getDisplayName(), row.getAvatarUrl(), row.getGoogleId(),
                Role.fromWireName(row.getRole(), "role"), row.getIsActive(), row.getVersion(),
                row.getCreatedAt(), row.getUpdatedAt());
    }

    static ColleaguesRecord row(Colleague colleague) {
        return new ColleaguesRecord(colleague.id().value(), colleague.email(), colleague.firstName(),
                colleague.middleNames(), colleague.lastName(), colleague.displayName(), colleague.avatarUrl(),
                colleague.googleId(), colleague.role().wireName(), colleague.active(), colleague.version(),
                colleague.createdAt(), colleague.updatedAt());
    }
}

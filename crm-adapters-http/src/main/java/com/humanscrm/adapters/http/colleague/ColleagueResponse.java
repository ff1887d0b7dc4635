package com.humanscrm.adapters.http.colleague;

import com.humanscrm.adapters.http.shared.Versioned;
import com.humanscrm.domain.colleague.Colleague;
import java.time.Instant;
import java.util.UUID;

/** A colleague; their Google id stays internal, it only links a sign-in to them. */
record ColleagueResponse(UUID id, String email, String firstName, String middleNames, String lastName,
                         String displayName, String avatarUrl, String role, boolean isActive, int version,
                         Instant createdAt, Instant updatedAt) implements Versioned {

    static ColleagueResponse from(Colleague colleague) {
        return new ColleagueResponse(colleague.id().value(), colleague.email(), colleague.firstName(),
                colleague.middleNames(), colleague.lastName(), colleague.displayName(), colleague.avatarUrl(),
                colleague.role().wireName(), colleague.active(), colleague.version(), colleague.createdAt(),
                colleague.updatedAt());
    }
}

package com.humanscrm.adapters.http.activity;

import com.humanscrm.application.activity.ChangeActivity;
import com.humanscrm.domain.activity.ActivityId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code PATCH /api/activities/{id}}: an absent field stays as it is, {@code null} clears it; the domain
 * refuses clearing the type, the date, or both the human and the account. Who logged it is not a field.
 */
record ChangeActivityRequest(Optional<String> type, Optional<String> subject, Optional<String> notes,
                             Optional<Instant> activityDate, Optional<UUID> humanId, Optional<UUID> accountId,
                             Optional<String> gmailId, Optional<String> frontId) {

    ChangeActivity.Command toCommand(ActivityId id, Integer expectedVersion) {
        return new ChangeActivity.Command(id, expectedVersion, type, subject, notes, activityDate, humanId, accountId,
                gmailId, frontId);
    }
}

package com.humanscrm.adapters.http.activity;

import com.humanscrm.application.activity.CreateActivity;
import java.time.Instant;
import java.util.UUID;

/** {@code POST /api/activities}: every value rule is the domain's, so all of them are reported together. */
record CreateActivityRequest(String type, String subject, String notes, Instant activityDate, UUID humanId,
                             UUID accountId, String gmailId, String frontId) {

    CreateActivity.Command toCommand() {
        return new CreateActivity.Command(type, subject, notes, activityDate, humanId, accountId, gmailId, frontId);
    }
}

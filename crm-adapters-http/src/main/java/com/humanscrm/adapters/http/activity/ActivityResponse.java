package com.humanscrm.adapters.http.activity;

import com.humanscrm.adapters.http.shared.Versioned;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.activity.Activity;
import com.humanscrm.domain.human.HumanId;
import java.time.Instant;
import java.util.UUID;

/** An activity in full, as its own routes answer it. */
record ActivityResponse(UUID id, String type, String subject, String notes, Instant activityDate, UUID humanId,
                               UUID accountId, String gmailId, String frontId, UUID createdBy, int version,
                               Instant createdAt, Instant updatedAt) implements Versioned {

    static ActivityResponse from(Activity activity) {
        return new ActivityResponse(activity.id().value(), activity.type().wireName(), activity.subject().orElse(null),
                activity.notes().orElse(null), activity.activityDate(), activity.humanId().map(HumanId::value).orElse(null),
                activity.accountId().map(AccountId::value).orElse(null), activity.gmailId().orElse(null),
                activity.frontId().orElse(null), activity.createdBy().value(), activity.version(), activity.createdAt(),
                activity.updatedAt());
    }
}

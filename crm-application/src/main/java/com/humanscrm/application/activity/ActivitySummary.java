package com.humanscrm.application.activity;

import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.activity.Activity;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.activity.ActivityType;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.human.HumanId;
import java.time.Instant;

/**
 * An activity as a detail view lists it: what, when, about whom, by whom; its notes (up to 10,000
 * characters each) are read at {@code /api/activities/{id}}.
 */
public record ActivitySummary(ActivityId id, ActivityType type, String subject, Instant activityDate, HumanId humanId,
                              AccountId accountId, ColleagueId createdBy) {

    public static ActivitySummary of(Activity activity) {
        return new ActivitySummary(activity.id(), activity.type(), activity.subject().orElse(null), activity.activityDate(),
                activity.humanId().orElse(null), activity.accountId().orElse(null), activity.createdBy());
    }
}

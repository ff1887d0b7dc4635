package com.humanscrm.adapters.http.activity;

import com.humanscrm.application.activity.ActivitySummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An activity as a human's or an account's detail lists it; its notes are at {@code /api/activities/{id}}. */
public record ActivitySummaryResponse(UUID id, String type, String subject, Instant activityDate, UUID humanId,
                                      UUID accountId, UUID createdBy) {

    public static List<ActivitySummaryResponse> of(List<ActivitySummary> activities) {
        return activities.stream().map(ActivitySummaryResponse::from).toList();
    }

    private static ActivitySummaryResponse from(ActivitySummary activity) {
        return new ActivitySummaryResponse(activity.id().value(), activity.type().wireName(), activity.subject(),
                activity.activityDate(), activity.humanId() == null ? null : activity.humanId().value(),
                activity.accountId() == null ? null : activity.accountId().value(), activity.createdBy().value());
    }
}

package com.humanscrm.application.activity;

import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.activity.ActivityType;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.Objects;

/**
 * A page of activities, newest first by {@code activityDate}; each filter is optional, and the dates
 * bound the range inclusively.
 */
public record ActivityListQuery(HumanId humanId, AccountId accountId, ActivityType type, ColleagueId createdBy,
                                Instant dateFrom, Instant dateTo, PageRequest page) {

    /** The list's one order, as cursors name it. */
    public static final String ORDER = "-activityDate";

    public ActivityListQuery {
        if (dateFrom != null && dateTo != null && dateFrom.isAfter(dateTo)) {
            throw RuleViolationException.field("dateFrom", "must not be after dateTo");
        }
        Objects.requireNonNull(page, "page");
    }
}

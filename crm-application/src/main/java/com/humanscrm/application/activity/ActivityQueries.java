package com.humanscrm.application.activity;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.activity.Activity;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RecordKind;

public final class ActivityQueries {

    private final ActivityRepository activities;

    public ActivityQueries(ActivityRepository activities) {
        this.activities = activities;
    }

    public Activity get(Actor actor, ActivityId id) {
        actor.require(Permission.VIEW_RECORDS);
        return activities.findById(id).orElseThrow(() -> NotFoundException.of(RecordKind.ACTIVITY, id));
    }

    public Page<Activity> list(Actor actor, ActivityListQuery query) {
        actor.require(Permission.VIEW_RECORDS);
        return activities.list(query);
    }
}

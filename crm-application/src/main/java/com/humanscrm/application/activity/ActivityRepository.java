package com.humanscrm.application.activity;

import com.humanscrm.application.edit.AggregateStore;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.activity.Activity;
import com.humanscrm.domain.activity.ActivityId;
import java.util.Optional;

/** Activities, each stored and loaded whole. */
public interface ActivityRepository extends AggregateStore<ActivityId, Activity> {

    Optional<Activity> findById(ActivityId id);

    /** Refuses with a {@code DUPLICATE} conflict a Gmail or Front id another activity holds. */
    void add(Activity activity);

    void remove(ActivityId id);

    /** Whether the activity exists; if so, it cannot be deleted until the current transaction ends. */
    boolean holdIfExists(ActivityId id);

    /** A page of activities, newest first. */
    Page<Activity> list(ActivityListQuery query);
}

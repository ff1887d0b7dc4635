package com.humanscrm.application.activity;

import com.humanscrm.application.edit.AggregateStore;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.activity.Activity;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.human.HumanId;
import java.util.Collection;
import java.util.List;
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

    /**
     * The {@code limit} newest activities of an account or of any of these humans, each once: what an
     * account's detail shows. Costs the same however many activities each of them has.
     */
    List<Activity> newestAround(AccountId account, Collection<HumanId> humans, int limit);
}

package com.humanscrm.application.human;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.colleague.Permission;

/** Lists of humans; a human's detail is {@link com.humanscrm.application.detail.DetailQueries#human}. */
public final class HumanQueries {

    private final HumanRepository humans;

    public HumanQueries(HumanRepository humans) {
        this.humans = humans;
    }

    public Page<HumanSummary> list(Actor actor, HumanListQuery query) {
        actor.require(Permission.VIEW_RECORDS);
        return humans.list(query);
    }
}

package com.humanscrm.application.human;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.NotFoundException;

public final class HumanQueries {

    private final HumanRepository humans;

    public HumanQueries(HumanRepository humans) {
        this.humans = humans;
    }

    public Human get(Actor actor, HumanId id) {
        actor.require(Permission.VIEW_RECORDS);
        return humans.findById(id).orElseThrow(() -> NotFoundException.of(RecordKind.HUMAN, id));
    }

    public Page<HumanSummary> list(Actor actor, HumanListQuery query) {
        actor.require(Permission.VIEW_RECORDS);
        return humans.list(query);
    }
}

package com.humanscrm.application.colleague;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.shared.NotFoundException;

public final class ColleagueQueries {

    private final ColleagueRepository colleagues;

    public ColleagueQueries(ColleagueRepository colleagues) {
        this.colleagues = colleagues;
    }

    public Colleague get(Actor actor, ColleagueId id) {
        actor.require(Permission.ADMINISTER);
        return colleagues.findById(id).orElseThrow(() -> notFound(id));
    }

    public Page<Colleague> list(Actor actor, Boolean active, PageRequest page) {
        actor.require(Permission.ADMINISTER);
        return colleagues.list(active, page);
    }

    /** The colleague, held for a change ({@link ColleagueRepository#findForChange}). */
    static Colleague loadForChange(ColleagueRepository colleagues, ColleagueId id) {
        return colleagues.findForChange(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(ColleagueId id) {
        return NotFoundException.of(RecordKind.COLLEAGUE, id);
    }
}

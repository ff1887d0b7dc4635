package com.humanscrm.application.session;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.session.Session;
import com.humanscrm.domain.shared.NotFoundException;
import java.time.Clock;

/** Admins see where a colleague is signed in. */
public final class SessionQueries {

    private final SessionRepository sessions;
    private final ColleagueRepository colleagues;
    private final Clock clock;

    public SessionQueries(SessionRepository sessions, ColleagueRepository colleagues, Clock clock) {
        this.sessions = sessions;
        this.colleagues = colleagues;
        this.clock = clock;
    }

    /**
     * The colleague's sessions that have not ended, most recently started first. An unknown colleague is
     * {@code COLLEAGUE_NOT_FOUND}, not an empty list.
     */
    public Page<Session> listActive(Actor actor, ColleagueId colleagueId, PageRequest page) {
        actor.require(Permission.ADMINISTER);
        if (colleagues.findById(colleagueId).isEmpty()) {
            throw NotFoundException.of(RecordKind.COLLEAGUE, colleagueId);
        }
        return sessions.listActive(colleagueId, clock.instant(), page);
    }
}

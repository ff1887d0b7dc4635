package com.humanscrm.application.session;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.session.Session;
import java.time.Clock;

/** Admins see where a colleague is signed in. */
public final class SessionQueries {

    private final SessionRepository sessions;
    private final Clock clock;

    public SessionQueries(SessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The colleague's sessions that have not ended, most recently started first. */
    public Page<Session> listActive(Actor actor, ColleagueId colleagueId, PageRequest page) {
        actor.require(Permission.ADMINISTER);
        return sessions.listActive(colleagueId, clock.instant(), page);
    }
}

package com.humanscrm.application.session;

import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.shared.Essentials;

/** Browser sessions: who a request's cookie is, signing out, and what admins see and end. */
public record SessionUseCases(AuthenticateSession authenticate, SignOut signOut, SessionQueries queries, RevokeSession revoke) {

    public static SessionUseCases over(SessionRepository sessions, ColleagueRepository colleagues, Essentials core) {
        return new SessionUseCases(new AuthenticateSession(sessions, core.clock()), new SignOut(sessions, core.unitOfWork(), core.audit()),
                new SessionQueries(sessions, colleagues, core.clock()), new RevokeSession(sessions, core.unitOfWork(), core.audit()));
    }
}

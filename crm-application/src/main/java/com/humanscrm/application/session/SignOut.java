package com.humanscrm.application.session;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.session.Session;
import com.humanscrm.domain.session.SessionToken;

/** Ends the session of the token a browser presents. Signing out twice, or without a session, does nothing. */
public final class SignOut {

    private final SessionRepository sessions;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;

    public SignOut(SessionRepository sessions, UnitOfWork unitOfWork, AuditTrail audit) {
        this.sessions = sessions;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
    }

    /**
     * @param actor who the request is authenticated as, for the audit entry; {@code null} when it is not
     *              (a session that has expired is still removed), and the session's colleague is recorded
     * @param token the session cookie's value; {@code null} or blank does nothing
     */
    public void execute(Actor actor, String token) {
        if (token == null || token.isBlank()) {
            return;
        }
        String tokenHash = new SessionToken(token).hash();
        unitOfWork.inTransaction(() -> {
            sessions.findCredential(tokenHash).ifPresent(credential -> {
                Session session = credential.session();
                if (sessions.remove(session.id())) {
                    Colleague colleague = credential.colleague();
                    Actor by = actor != null ? actor : new Actor(colleague.id(), null, colleague.role(), null, null);
                    audit.deleted(by, RecordKind.SESSION, session.id().value(), session.auditSnapshot());
                }
            });
            return null;
        });
    }
}

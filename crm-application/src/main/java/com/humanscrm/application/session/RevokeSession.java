package com.humanscrm.application.session;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.session.Session;
import com.humanscrm.domain.session.SessionId;
import com.humanscrm.domain.shared.NotFoundException;

/** An admin ends one of a colleague's sessions; the browser holding it is refused from its next request. */
public final class RevokeSession {

    private final SessionRepository sessions;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;

    public RevokeSession(SessionRepository sessions, UnitOfWork unitOfWork, AuditTrail audit) {
        this.sessions = sessions;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
    }

    /** @throws NotFoundException {@code SESSION_NOT_FOUND} for a session that has ended already (or never was) */
    public void execute(Actor actor, SessionId id) {
        actor.require(Permission.ADMINISTER);
        unitOfWork.inTransaction(() -> {
            Session session = sessions.findById(id).orElseThrow(() -> NotFoundException.of(RecordKind.SESSION, id));
            if (!sessions.remove(id)) {
                throw NotFoundException.of(RecordKind.SESSION, id);
            }
            audit.deleted(actor, RecordKind.SESSION, id.value(), session.auditSnapshot());
            return null;
        });
    }
}

package com.humanscrm.application.session;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.InMemorySessionRepository;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.session.Session;
import com.humanscrm.domain.session.SessionId;
import com.humanscrm.domain.session.SessionToken;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/** The session use cases over an in-memory session repository joined to the CRM's colleagues. */
abstract class SessionFixture extends UseCaseTest {

    final InMemorySessionRepository sessions = new InMemorySessionRepository(crm.colleagues);
    final AuditTrail audit = new AuditTrail(crm.auditLog, crm.clock);

    /** A session started now for the colleague, as a sign-in would; returns the browser's token. */
    SessionToken signedIn(Colleague colleague) {
        SessionToken token = SessionToken.generate();
        sessions.add(Session.start(colleague.id(), token, "Firefox/140.0", "203.0.113.7", crm.clock));
        return token;
    }

    Session sessionOf(SessionToken token) {
        return sessions.findCredential(token.hash()).orElseThrow().session();
    }

    /**
     * The sessions as a use case losing a race sees them: every session it reads is ended by another request
     * (a sign-out, a revocation) right after, before the use case removes it.
     */
    SessionRepository endedRightAfterEachRead() {
        return new SessionRepository() {
            @Override
            public void add(Session session) {
                sessions.add(session);
            }

            @Override
            public Optional<Session> findById(SessionId id) {
                return endedAfter(sessions.findById(id), Function.identity());
            }

            @Override
            public Optional<SessionCredential> findCredential(String tokenHash) {
                return endedAfter(sessions.findCredential(tokenHash), SessionCredential::session);
            }

            @Override
            public boolean remove(SessionId id) {
                return sessions.remove(id);
            }

            @Override
            public Page<Session> listActive(ColleagueId colleagueId, Instant now, PageRequest page) {
                return sessions.listActive(colleagueId, now, page);
            }

            @Override
            public void recordSeen(SessionId id, Instant at) {
                sessions.recordSeen(id, at);
            }

            private <T> Optional<T> endedAfter(Optional<T> read, Function<T, Session> session) {
                read.ifPresent(found -> sessions.remove(session.apply(found).id()));
                return read;
            }
        };
    }
}

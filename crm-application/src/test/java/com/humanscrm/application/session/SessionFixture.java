package com.humanscrm.application.session;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.testing.InMemorySessionRepository;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.session.Session;
import com.humanscrm.domain.session.SessionToken;

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
}

package com.humanscrm.application.session;

import com.humanscrm.domain.shared.RecordKind;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.testing.Observed;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.session.Session;
import com.humanscrm.domain.session.SessionToken;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignOutTest extends SessionFixture {

    private final Colleague grace = crm.colleague(Role.AGENT);
    private final Actor asGrace = new Actor(grace.id(), null, Role.AGENT, "req-9", "203.0.113.7");
    private final SignOut signOut = new SignOut(sessions, crm.unitOfWork, audit);

    @Test
    void signingOutEndsTheSessionWithOneAuditEntry() {
        SessionToken token = signedIn(grace);
        Session session = sessionOf(token);

        Observed<Void> signedOut = observeVoid(() -> signOut.execute(asGrace, token.value()));

        assertThat(sessions.findById(session.id())).isEmpty();
        assertThat(sessions.findCredential(token.hash())).isEmpty();
        AuditEntry entry = signedOut.onlyAuditEntry();
        assertAudit(entry, AuditAction.DELETE, RecordKind.SESSION, session.id().value(), asGrace);
        assertThat(entry.changes()).isEqualTo(AuditEntry.deleted(session.auditSnapshot()));
        assertThat(entry.changes().toString()).doesNotContain(token.value()).doesNotContain(token.hash());
    }

    @Test
    void onlyThatSessionEnds() {
        SessionToken token = signedIn(grace);
        SessionToken otherBrowser = signedIn(grace);

        signOut.execute(asGrace, token.value());

        assertThat(sessions.findCredential(otherBrowser.hash())).isPresent();
    }

    @Test
    void signingOutTwiceOrWithoutASessionDoesNothing() {
        SessionToken token = signedIn(grace);
        signOut.execute(asGrace, token.value());

        observeVoid(() -> signOut.execute(asGrace, token.value())).auditedNothing();
        observeVoid(() -> signOut.execute(asGrace, "crms_made-up")).auditedNothing();
        observeVoid(() -> signOut.execute(null, null)).auditedNothing();
        observeVoid(() -> signOut.execute(null, " ")).auditedNothing();
    }

    @Test
    void aSessionEndedByAnotherRequestWhileSigningOutIsAuditedOnlyByThatRequest() {
        SessionToken token = signedIn(grace);
        SignOut losingTheRace = new SignOut(endedRightAfterEachRead(), crm.unitOfWork, audit);

        observeVoid(() -> losingTheRace.execute(asGrace, token.value())).auditedNothing();
        assertThat(sessions.findCredential(token.hash())).isEmpty();
    }

    @Test
    void anExpiredSessionIsRemovedTooAndTheAuditNamesItsColleagueWhenNobodyIsAuthenticated() {
        SessionToken token = signedIn(grace);
        Session session = sessionOf(token);
        crm.clock.advance(Duration.ofDays(2));

        Observed<Void> signedOut = observeVoid(() -> signOut.execute(null, token.value()));

        assertThat(sessions.findById(session.id())).isEmpty();
        assertAudit(signedOut.onlyAuditEntry(), AuditAction.DELETE, RecordKind.SESSION, session.id().value(),
                new Actor(grace.id(), null, Role.AGENT, null, null));
    }
}

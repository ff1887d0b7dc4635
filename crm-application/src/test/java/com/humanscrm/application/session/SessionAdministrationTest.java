package com.humanscrm.application.session;

import com.humanscrm.domain.shared.RecordKind;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.Observed;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.session.Session;
import com.humanscrm.domain.session.SessionId;
import com.humanscrm.domain.session.SessionToken;
import com.humanscrm.domain.shared.NotFoundException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** SessionQueries and RevokeSession: admins see and end a colleague's sessions. */
class SessionAdministrationTest extends SessionFixture {

    private final Colleague grace = crm.colleague(Role.AGENT);
    private final SessionQueries queries = new SessionQueries(sessions, crm.colleagues, crm.clock);
    private final RevokeSession revoke = new RevokeSession(sessions, crm.unitOfWork, audit);

    @Nested
    class Listing {

        @Test
        void anAdminListsAColleaguesActiveSessionsNewestFirst() {
            SessionToken expired = signedIn(grace);
            crm.clock.advance(Duration.ofHours(23));
            SessionToken older = signedIn(grace);
            SessionToken newer = signedIn(grace);
            signedIn(crm.colleague(Role.AGENT));
            crm.clock.advance(Duration.ofHours(2));

            Page<Session> page = queries.listActive(admin, grace.id(), PageRequest.first(10));

            assertThat(page.items()).extracting(Session::id).containsExactly(sessionOf(newer).id(), sessionOf(older).id())
                    .doesNotContain(sessionOf(expired).id());
            assertThat(page.nextCursor()).isNull();
        }

        @Test
        void pagesFollowOnByCursor() {
            SessionToken first = signedIn(grace);
            SessionToken second = signedIn(grace);
            SessionToken third = signedIn(grace);

            Page<Session> one = queries.listActive(admin, grace.id(), PageRequest.first(2));
            Page<Session> two = queries.listActive(admin, grace.id(), new PageRequest(2, one.nextCursor(), false));

            assertThat(one.items()).extracting(Session::id).containsExactly(sessionOf(third).id(), sessionOf(second).id());
            assertThat(one.nextCursor().sort()).isEqualTo("-createdAt");
            assertThat(two.items()).extracting(Session::id).containsExactly(sessionOf(first).id());
            assertThat(two.nextCursor()).isNull();
        }

        @Test
        void anUnknownColleagueIsNotFoundRatherThanAnEmptyList() {
            refused(NotFoundException.class, "COLLEAGUE_NOT_FOUND",
                    () -> queries.listActive(admin, new ColleagueId(UUID.randomUUID()), PageRequest.first(10)));
        }

        @Test
        void onlyAdminsListSessions() {
            signedIn(grace);

            forbidden(() -> queries.listActive(agent, grace.id(), PageRequest.first(10)));
            forbidden(() -> queries.listActive(manager, grace.id(), PageRequest.first(10)));
        }
    }

    @Nested
    class Revoking {

        @Test
        void anAdminEndsASessionWithOneAuditEntry() {
            SessionToken token = signedIn(grace);
            Session session = sessionOf(token);

            Observed<Void> revoked = observeVoid(() -> revoke.execute(admin, session.id()));

            assertThat(sessions.findCredential(token.hash())).isEmpty();
            AuditEntry entry = revoked.onlyAuditEntry();
            assertAudit(entry, AuditAction.DELETE, RecordKind.SESSION, session.id().value(), admin);
            assertThat(entry.changes()).isEqualTo(AuditEntry.deleted(session.auditSnapshot()));
        }

        @Test
        void anUnknownOrAlreadyEndedSessionIsNotFound() {
            Session session = sessionOf(signedIn(grace));
            revoke.execute(admin, session.id());

            refused(NotFoundException.class, "SESSION_NOT_FOUND", () -> revoke.execute(admin, session.id()));
            refused(NotFoundException.class, "SESSION_NOT_FOUND", () -> revoke.execute(admin, new SessionId(UUID.randomUUID())));
        }

        @Test
        void aSessionEndedByAnotherRequestWhileBeingRevokedIsNotFoundAndAuditedOnlyByThatRequest() {
            Session session = sessionOf(signedIn(grace));
            RevokeSession losingTheRace = new RevokeSession(endedRightAfterEachRead(), crm.unitOfWork, audit);

            refused(NotFoundException.class, "SESSION_NOT_FOUND", () -> losingTheRace.execute(admin, session.id()));
            assertThat(sessions.findById(session.id())).isEmpty();
        }

        @Test
        void onlyAdminsRevokeSessions() {
            Session session = sessionOf(signedIn(grace));

            forbidden(() -> revoke.execute(agent, session.id()));
            forbidden(() -> revoke.execute(manager, session.id()));
            assertThat(sessions.findById(session.id())).isPresent();
        }
    }
}

package com.humanscrm.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.session.SessionCredential;
import com.humanscrm.application.session.SessionRepository;
import com.humanscrm.application.shared.Cursor;
import com.humanscrm.application.shared.MalformedRequestException;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.Refusals;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.session.Session;
import com.humanscrm.domain.session.SessionId;
import com.humanscrm.domain.session.SessionToken;
import com.humanscrm.domain.shared.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionRepository} must do. Each test's sessions belong to colleagues of its own;
 * the credential look-up must reflect every committed removal of a session and change to its
 * colleague, whatever it caches.
 */
public abstract class SessionRepositoryContract extends RepositoryContract {

    /** The repository under test. */
    protected abstract SessionRepository sessions();

    /** Where the sessions' colleagues are stored: the credential look-up joins them. */
    protected abstract ColleagueRepository colleagues();

    /**
     * Makes the sightings noted by {@link SessionRepository#recordSeen} visible to reads. Adapters that
     * write them later, in batches, flush here; the default suits those that write at once.
     */
    protected void flushRecordedSightings() {
    }

    @Test
    public void aStoredSessionReadsBackWithEveryField() {
        Session session = Session.start(addColleague(Role.AGENT).id(), SessionToken.generate(),
                "Mozilla/5.0 (X11; Linux x86_64) " + token, "203.0.113.7", clock);

        add(session);

        assertThat(sessions().findById(session.id())).contains(session);
        assertThat(sessions().findById(new SessionId(Ids.newId(clock)))).isEmpty();
    }

    @Test
    public void aSessionWithoutUserAgentOrAddressIsStored() {
        Session session = add(Session.start(addColleague(Role.VIEWER).id(), SessionToken.generate(), null, null, clock));

        assertThat(sessions().findById(session.id())).contains(session);
    }

    @Test
    public void theTokensHashFindsTheSessionWithItsColleague() {
        Colleague owner = addColleague(Role.MANAGER);
        SessionToken sessionToken = SessionToken.generate();
        Session session = add(Session.start(owner.id(), sessionToken, "Firefox", "198.51.100.1", clock));

        assertThat(sessions().findCredential(sessionToken.hash())).contains(new SessionCredential(session, owner));
        assertThat(sessions().findCredential(SessionToken.generate().hash())).isEmpty();
    }

    @Test
    public void aRemovedSessionIsFoundNoMoreFromItsVeryNextLookUp() {
        // Asked on every request, so likely cached: a signed-out session must stop working at once.
        SessionToken sessionToken = SessionToken.generate();
        Session session = add(Session.start(addColleague(Role.AGENT).id(), sessionToken, null, null, clock));
        assertThat(sessions().findCredential(sessionToken.hash())).isPresent();

        assertThat(inTransaction(() -> sessions().remove(session.id()))).isTrue();

        assertThat(sessions().findCredential(sessionToken.hash())).isEmpty();
        assertThat(sessions().findById(session.id())).isEmpty();
        assertThat(inTransaction(() -> sessions().remove(session.id()))).as("removing it again").isFalse();
    }

    @Test
    public void removingASessionLeavesTheColleaguesOtherSessions() {
        Colleague owner = addColleague(Role.AGENT);
        Session removed = add(aSession(owner));
        Session kept = add(aSession(owner));

        inTransaction(() -> sessions().remove(removed.id()));

        assertThat(sessions().findById(kept.id())).contains(kept);
    }

    @Test
    public void theCredentialShowsTheColleagueAsTheyAreNow() {
        // DOMAIN.md: a demotion or deactivation takes effect on the colleague's very next request.
        Colleague owner = addColleague(Role.MANAGER);
        SessionToken sessionToken = SessionToken.generate();
        add(Session.start(owner.id(), sessionToken, null, null, clock));
        sessions().findCredential(sessionToken.hash());

        Colleague demoted = owner.change(new Colleague.Changes(null, null, null, null, Role.VIEWER, false), clock);
        inTransaction(() -> colleagues().update(demoted));

        assertThat(sessions().findCredential(sessionToken.hash())).map(SessionCredential::colleague).contains(demoted);
    }

    @Test
    public void aColleaguesActiveSessionsComeNewestFirstAcrossPages() {
        Colleague owner = addColleague(Role.AGENT);
        Session expired = add(aSession(owner));
        clock.advance(Duration.ofHours(2));
        Session first = add(aSession(owner));
        Session second = add(aSession(owner));
        Session third = add(aSession(owner));
        add(aSession(addColleague(Role.AGENT)));
        Instant now = expired.expiresAt();

        assertThat(Pages.all(2, page -> sessions().listActive(owner.id(), now, page))).containsExactly(third, second, first);
        assertThat(Pages.all(2, page -> sessions().listActive(owner.id(), now.minusNanos(1000), page)))
                .as("a moment before the first one expired")
                .containsExactly(third, second, first, expired);
    }

    @Test
    public void theTotalCountsTheColleaguesActiveSessionsOnlyWhenAskedFor() {
        Colleague owner = addColleague(Role.AGENT);
        add(aSession(owner));
        add(aSession(owner));
        add(aSession(addColleague(Role.AGENT)));

        assertThat(sessions().listActive(owner.id(), clock.instant(), new PageRequest(1, null, true)).total()).isEqualTo(2L);
        assertThat(sessions().listActive(owner.id(), clock.instant(), PageRequest.first(1)).total()).isNull();
    }

    @Test
    public void aRecordedSightingBecomesTheSessionsLastSeenAndAnOlderOneDoesNot() {
        Colleague owner = addColleague(Role.AGENT);
        Session session = add(aSession(owner));
        Instant seen = clock.instant().plus(Duration.ofMinutes(5));

        sessions().recordSeen(session.id(), seen);
        sessions().recordSeen(session.id(), seen.minus(Duration.ofMinutes(1)));
        flushRecordedSightings();

        assertThat(sessions().findById(session.id()).orElseThrow().lastSeenAt()).isEqualTo(seen);
        assertThat(Pages.all(10, page -> sessions().listActive(owner.id(), clock.instant(), page)))
                .extracting(Session::lastSeenAt).containsExactly(seen);
    }

    @Test
    public void aCursorWithAnUnreadableKeyOrOfAnotherSortIsMalformed() {
        Colleague owner = addColleague(Role.AGENT);
        for (Cursor cursor : List.of(new Cursor("-createdAt", "not a time", Ids.newId(clock)),
                new Cursor("createdAt", clock.instant().toString(), Ids.newId(clock)))) {
            Refusals.refusal(MalformedRequestException.class, "MALFORMED_REQUEST",
                    () -> sessions().listActive(owner.id(), clock.instant(), new PageRequest(10, cursor, false)));
        }
    }

    private Colleague addColleague(Role role) {
        Colleague colleague = Colleague.create(uniqueEmail(letters(5)), "Session", null, "Owner", null, role, clock);
        inTransaction(() -> colleagues().add(colleague));
        return colleague;
    }

    private Session aSession(Colleague owner) {
        return Session.start(owner.id(), SessionToken.generate(), "Browser " + token, "192.0.2.1", clock);
    }

    private Session add(Session session) {
        inTransaction(() -> sessions().add(session));
        return session;
    }
}

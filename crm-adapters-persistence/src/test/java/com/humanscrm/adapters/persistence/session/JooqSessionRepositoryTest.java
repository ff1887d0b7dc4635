package com.humanscrm.adapters.persistence.session;

import static com.humanscrm.adapters.persistence.jooq.Tables.SESSIONS;
import static com.humanscrm.adapters.persistence.jooq.Tables.SIGN_IN_ATTEMPTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.persistence.DatabaseSettings;
import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.adapters.persistence.StatementLog;
import com.humanscrm.adapters.persistence.jooq.tables.records.SessionsRecord;
import com.humanscrm.adapters.persistence.shared.CredentialChanges;
import com.humanscrm.adapters.persistence.shared.JooqUnitOfWork;
import com.humanscrm.adapters.persistence.shared.LastUses;
import com.humanscrm.application.session.SessionRepository;
import com.humanscrm.application.signin.SignInAttempt;
import com.humanscrm.application.testing.MutableClock;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.session.Session;
import com.humanscrm.domain.session.SessionToken;
import com.humanscrm.domain.shared.Secrets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqSessionRepositoryTest {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    private static final AtomicInteger COLLEAGUES = new AtomicInteger();

    private final MutableClock clock = MutableClock.startingAt("2025-06-01T08:00:00Z");
    private final StatementLog statements = new StatementLog();
    private DSLContext sql;
    private Colleague owner;

    @BeforeEach
    void setUp() {
        sql = statements.dsl(database.settings());
        owner = colleague();
    }

    @Test
    void aKnownTokenIsLookedUpInTheDatabaseOnceAndAnUnknownOneEveryTime() {
        SessionToken known = SessionToken.generate();
        database.persistence().sessions().add(Session.start(owner.id(), known, null, null, clock));
        String unknown = SessionToken.generate().hash();
        DatabaseSettings settings = database.settings();
        DSLContext counted = statements.dsl(settings);
        try (LastUses<SessionsRecord> lastSeen = JooqSessionRepository.lastSeen(counted, Duration.ofMinutes(1));
             CredentialChanges changes = new CredentialChanges(settings.jdbcUrl(), settings.user(), settings.password(),
                     Duration.ofSeconds(1), new JooqUnitOfWork(counted), counted)) {
            changes.start();
            SessionRepository sessions = new JooqSessionRepository(counted, changes, Duration.ofMinutes(1), lastSeen);
            statements.clear();

            for (int i = 0; i < 5; i++) {
                assertThat(sessions.findCredential(known.hash())).isPresent();
                sessions.recordSeen(sessions.findCredential(known.hash()).orElseThrow().session().id(), clock.instant());
            }
            sessions.findCredential(unknown);
            sessions.findCredential(unknown);

            assertThat(statements.count()).as("one load of the known token, two of the unknown").isEqualTo(3);
        }
    }

    @Test
    void aRemovalOnThisInstanceAppliesToTheVeryNextLookUpHere() {
        SessionToken token = SessionToken.generate();
        Session session = Session.start(owner.id(), token, null, null, clock);
        SessionRepository sessions = database.persistence().sessions();
        sessions.add(session);
        assertThat(sessions.findCredential(token.hash())).isPresent();

        database.persistence().unitOfWork().inTransaction(() -> sessions.remove(session.id()));

        assertThat(sessions.findCredential(token.hash())).isEmpty();
    }

    @Test
    void sightingsAreWrittenInABatchAndNeverMoveTheLastSeenBack() {
        SessionRepository sessions = database.persistence().sessions();
        Session first = Session.start(owner.id(), SessionToken.generate(), null, null, clock);
        Session second = Session.start(owner.id(), SessionToken.generate(), null, null, clock);
        sessions.add(first);
        sessions.add(second);
        Instant later = clock.instant().plusSeconds(60);
        DSLContext counted = statements.dsl(database.settings());

        try (LastUses<SessionsRecord> lastSeen = JooqSessionRepository.lastSeen(counted, Duration.ofHours(1))) {
            lastSeen.record(first.id().value(), later);
            lastSeen.record(first.id().value(), later.minusSeconds(30));
            lastSeen.record(second.id().value(), later);
            statements.clear();
        }

        assertThat(statements.count()).as("one batch").isEqualTo(1);
        assertThat(storedLastSeen(first.id().value())).isEqualTo(later);
        assertThat(storedLastSeen(second.id().value())).isEqualTo(later);
    }

    @Test
    void purgingRemovesExpiredSessionsAndSignInAttemptsOnly() {
        // A month before the other tests' sessions, which a purge at this test's time leaves alone.
        MutableClock earlier = MutableClock.startingAt("2025-05-01T08:00:00Z");
        SessionRepository sessions = database.persistence().sessions();
        Session expired = Session.start(owner.id(), SessionToken.generate(), null, null, earlier);
        sessions.add(expired);
        earlier.advance(Duration.ofHours(1));
        Session current = Session.start(owner.id(), SessionToken.generate(), null, null, earlier);
        sessions.add(current);
        SignInAttempt oldAttempt = attempt(expired.createdAt().plus(SignInAttempt.LIFETIME));
        SignInAttempt newAttempt = attempt(expired.expiresAt().plus(SignInAttempt.LIFETIME));
        database.persistence().signInAttempts().add(oldAttempt);
        database.persistence().signInAttempts().add(newAttempt);
        MutableClock purgeTime = new MutableClock(expired.expiresAt());
        DatabaseSettings settings = database.settings();

        try (LastUses<SessionsRecord> lastSeen = JooqSessionRepository.lastSeen(sql, Duration.ofHours(1));
             CredentialChanges changes = new CredentialChanges(settings.jdbcUrl(), settings.user(), settings.password(),
                     Duration.ofSeconds(1), new JooqUnitOfWork(sql), sql);
             ExpiredSessions purge = new ExpiredSessions(new JooqSessionRepository(sql, changes, Duration.ofMinutes(1), lastSeen),
                     new JooqSignInAttempts(sql), purgeTime, Duration.ofHours(1))) {

            assertThat(purge.purge()).isEqualTo(2);
            assertThat(purge.purge()).as("again").isZero();
        }

        assertThat(sql.fetch(SESSIONS, SESSIONS.COLLEAGUE_ID.eq(owner.id().value())).getValues(SESSIONS.ID))
                .containsExactly(current.id().value());
        assertThat(sql.fetch(SIGN_IN_ATTEMPTS).getValues(SIGN_IN_ATTEMPTS.STATE_HASH))
                .containsExactlyInAnyOrderElementsOf(List.of(newAttempt.stateHash()));
    }

    private SignInAttempt attempt(Instant expiresAt) {
        return new SignInAttempt(Secrets.sha256Hex(Secrets.generate("st_")), "nonce", "verifier", null, expiresAt);
    }

    private Instant storedLastSeen(UUID id) {
        return sql.fetchValue(SESSIONS.LAST_SEEN_AT, SESSIONS.ID.eq(id));
    }

    private Colleague colleague() {
        Colleague colleague = Colleague.create("session" + COLLEAGUES.incrementAndGet() + "@crm.example",
                "Session", null, "Owner", null, Role.AGENT, clock);
        database.persistence().colleagues().add(colleague);
        return colleague;
    }
}

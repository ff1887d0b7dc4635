package com.humanscrm.adapters.persistence;

import static com.humanscrm.adapters.persistence.jooq.Tables.COLLEAGUES;
import static com.humanscrm.adapters.persistence.jooq.Tables.SESSIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.persistence.shared.CredentialChanges;
import com.humanscrm.adapters.persistence.testing.TestDatabase;
import com.humanscrm.application.apikey.ApiKeyCredential;
import com.humanscrm.application.session.SessionCredential;
import com.humanscrm.application.testing.MutableClock;
import com.humanscrm.domain.apikey.ApiKey;
import com.humanscrm.domain.apikey.ApiKeySecret;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.session.Session;
import com.humanscrm.domain.session.SessionToken;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one database, A and B, each with its own pool and listener, and credentials cached
 * for an hour: only the notification can explain B seeing a change made through A within seconds.
 */
class CredentialInvalidationTest {

    /** Far longer than any wait here: a test passing within it did not wait for the cache to expire. */
    private static final Duration CACHED_FOR = Duration.ofHours(1);
    private static final Duration NOTIFICATION_WAIT = Duration.ofSeconds(2);
    private static final AtomicInteger COLLEAGUES_MADE = new AtomicInteger();

    private static DatabaseSettings settings;
    private final MutableClock clock = MutableClock.startingAt("2025-08-01T09:00:00Z");
    private PostgresPersistence a;
    private PostgresPersistence b;
    private DSLContext sql;

    @BeforeAll
    static void createDatabase() {
        DatabaseSettings fresh = TestDatabase.freshDatabase();
        settings = new DatabaseSettings(fresh.jdbcUrl(), fresh.user(), fresh.password(), 2, CACHED_FOR, Duration.ofMinutes(1));
    }

    @BeforeEach
    void connect() {
        sql = new StatementLog().dsl(settings);
    }

    @AfterEach
    void close() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    void aSessionRemovedOnOneInstanceIsRefusedOnTheOtherOnceNotified() {
        startBoth();
        Colleague colleague = colleague(a);
        SessionToken token = SessionToken.generate();
        Session session = Session.start(colleague.id(), token, "Browser", null, clock);
        a.sessions().add(session);
        assertThat(b.sessions().findCredential(token.hash())).isPresent();
        assertCachedOnB(() -> b.sessions().findCredential(token.hash()).map(found -> found.session().userAgent()),
                () -> sql.update(SESSIONS).set(SESSIONS.USER_AGENT, "Changed unannounced")
                        .where(SESSIONS.ID.eq(session.id().value())).execute());

        a.unitOfWork().inTransaction(() -> a.sessions().remove(session.id()));

        assertSoonOnB(() -> b.sessions().findCredential(token.hash()).isEmpty());
    }

    @Test
    void aDeactivationOnOneInstanceReachesTheOthersSessionsAndKeys() {
        startBoth();
        Colleague colleague = colleague(a);
        SessionToken token = SessionToken.generate();
        a.sessions().add(Session.start(colleague.id(), token, null, null, clock));
        ApiKeySecret secret = ApiKeySecret.generate();
        a.apiKeys().add(ApiKey.create(colleague.id(), colleague.role(), "Script", null, null, secret, clock));
        assertThat(b.sessions().findCredential(token.hash()).orElseThrow().colleague().active()).isTrue();
        assertThat(b.apiKeys().findCredential(secret.hash()).orElseThrow().colleague().active()).isTrue();
        assertCachedOnB(() -> b.sessions().findCredential(token.hash()).map(found -> found.colleague().displayName()),
                () -> sql.update(COLLEAGUES).set(COLLEAGUES.DISPLAY_NAME, "Changed unannounced")
                        .where(COLLEAGUES.ID.eq(colleague.id().value())).execute());

        a.unitOfWork().inTransaction(() -> {
            a.colleagues().update(colleague.change(new Colleague.Changes(null, null, null, null, null, false), clock));
            return null;
        });

        assertSoonOnB(() -> !b.sessions().findCredential(token.hash()).orElseThrow().colleague().active()
                && !b.apiKeys().findCredential(secret.hash()).orElseThrow().colleague().active());
    }

    @Test
    void aRoleChangeOnOneInstanceReachesTheOthersSessions() {
        startBoth();
        Colleague colleague = colleague(a);
        SessionToken token = SessionToken.generate();
        a.sessions().add(Session.start(colleague.id(), token, null, null, clock));
        assertThat(b.sessions().findCredential(token.hash()).orElseThrow().colleague().role()).isEqualTo(Role.MANAGER);

        a.unitOfWork().inTransaction(() -> {
            a.colleagues().update(colleague.change(new Colleague.Changes(null, null, null, null, Role.VIEWER, null), clock));
            return null;
        });

        assertSoonOnB(() -> b.sessions().findCredential(token.hash()).orElseThrow().colleague().role() == Role.VIEWER);
    }

    @Test
    void aKeyRevokedOnOneInstanceIsRevokedOnTheOtherOnceNotified() {
        startBoth();
        Colleague colleague = colleague(a);
        ApiKeySecret secret = ApiKeySecret.generate();
        ApiKey key = ApiKey.create(colleague.id(), colleague.role(), "Script", null, null, secret, clock);
        a.apiKeys().add(key);
        assertThat(b.apiKeys().findCredential(secret.hash()).orElseThrow().key().revokedAt()).isNull();

        a.unitOfWork().inTransaction(() -> {
            a.apiKeys().update(key.revoke(clock));
            return null;
        });

        assertSoonOnB(() -> b.apiKeys().findCredential(secret.hash()).map(ApiKeyCredential::key)
                .map(ApiKey::revokedAt).isPresent());
    }

    @Test
    void aChangeRolledBackIsNotAnnounced() {
        startBoth();
        Colleague colleague = colleague(a);
        SessionToken token = SessionToken.generate();
        a.sessions().add(Session.start(colleague.id(), token, null, null, clock));
        b.sessions().findCredential(token.hash());
        sql.update(COLLEAGUES).set(COLLEAGUES.DISPLAY_NAME, "Changed unannounced")
                .where(COLLEAGUES.ID.eq(colleague.id().value())).execute();

        try {
            a.unitOfWork().inTransaction(() -> {
                a.colleagues().update(colleague.change(new Colleague.Changes(null, null, null, null, null, false), clock));
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the point
        }

        sleep(Duration.ofMillis(500));
        assertThat(b.sessions().findCredential(token.hash()).orElseThrow().colleague().displayName())
                .as("still cached: nothing was announced").isNotEqualTo("Changed unannounced");
    }

    @Test
    void whileItsListenerIsDisconnectedAnInstanceReadsCredentialsFromTheDatabaseAndThenReconnects() {
        // One instance alone, slow to reconnect, so that the time it is deaf can be watched.
        b = PostgresPersistence.connect(settings, Duration.ofSeconds(4));
        assertThat(b.listeningForCredentialChanges()).isTrue();
        Colleague colleague = colleague(b);
        SessionToken token = SessionToken.generate();
        b.sessions().add(Session.start(colleague.id(), token, null, null, clock));
        assertThat(b.sessions().findCredential(token.hash())).isPresent();

        assertThat(sql.fetchValue("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                + " where application_name = {0} and datname = current_database()", CredentialChanges.APPLICATION_NAME))
                .isEqualTo(1L);
        await(() -> !b.listeningForCredentialChanges(), NOTIFICATION_WAIT, "the listener notices it was cut off");

        // A change nobody announces, or whose announcement the deaf listener missed.
        sql.update(COLLEAGUES).set(COLLEAGUES.IS_ACTIVE, false).where(COLLEAGUES.ID.eq(colleague.id().value())).execute();
        Optional<SessionCredential> meanwhile = b.sessions().findCredential(token.hash());
        assertThat(b.listeningForCredentialChanges()).as("still disconnected, so the cache was bypassed").isFalse();
        assertThat(meanwhile.orElseThrow().colleague().active()).isFalse();
        // Read again from the database, not from what the first deaf look-up could have cached.
        sql.update(COLLEAGUES).set(COLLEAGUES.DISPLAY_NAME, "Renamed while deaf").where(COLLEAGUES.ID.eq(colleague.id().value())).execute();
        assertThat(b.sessions().findCredential(token.hash()).orElseThrow().colleague().displayName()).isEqualTo("Renamed while deaf");
        assertThat(b.listeningForCredentialChanges()).isFalse();

        await(b::listeningForCredentialChanges, Duration.ofSeconds(15), "the listener reconnects");
        assertThat(b.sessions().findCredential(token.hash()).orElseThrow().colleague().active()).isFalse();
        assertCachedOnB(() -> b.sessions().findCredential(token.hash()).map(found -> found.colleague().displayName()),
                () -> sql.update(COLLEAGUES).set(COLLEAGUES.DISPLAY_NAME, "Changed unannounced")
                        .where(COLLEAGUES.ID.eq(colleague.id().value())).execute());
    }

    @Test
    void closingAnInstanceEndsItsListenersConnection() {
        b = PostgresPersistence.connect(settings);
        assertThat(listenerConnections()).isEqualTo(1L);

        b.close();
        b = null;

        await(() -> listenerConnections() == 0L, NOTIFICATION_WAIT, "the listener's connection ends");
    }

    private long listenerConnections() {
        return sql.fetchOne("select count(*) from pg_stat_activity where application_name = {0}"
                + " and datname = current_database()", CredentialChanges.APPLICATION_NAME).get(0, Long.class);
    }

    private void startBoth() {
        a = PostgresPersistence.connect(settings);
        b = PostgresPersistence.connect(settings);
        assertThat(a.listeningForCredentialChanges()).isTrue();
        assertThat(b.listeningForCredentialChanges()).isTrue();
    }

    /** B answers from its cache: a change made without announcing it does not show there. */
    private static <T> void assertCachedOnB(Supplier<Optional<T>> read, Runnable unannouncedChange) {
        Optional<T> before = read.get();
        unannouncedChange.run();
        assertThat(read.get()).as("answered from the cache").isEqualTo(before);
    }

    private static void assertSoonOnB(BooleanSupplier seen) {
        long started = System.nanoTime();
        await(seen, NOTIFICATION_WAIT, "the change reaches the other instance");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).as("well under the cache's time to live").isLessThan(NOTIFICATION_WAIT);
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Waited " + timeout + " in vain for " + what);
            }
            sleep(Duration.ofMillis(10));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private Colleague colleague(PostgresPersistence instance) {
        Colleague colleague = Colleague.create("listener" + COLLEAGUES_MADE.incrementAndGet() + "@crm.example",
                "Lis", null, "Tener", null, Role.MANAGER, clock);
        instance.colleagues().add(colleague);
        return colleague;
    }
}

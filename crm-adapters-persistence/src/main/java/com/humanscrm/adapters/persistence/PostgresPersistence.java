package com.humanscrm.adapters.persistence;

import com.humanscrm.adapters.persistence.account.JooqAccountRepository;
import com.humanscrm.adapters.persistence.activity.JooqActivityRepository;
import com.humanscrm.adapters.persistence.apikey.JooqApiKeyRepository;
import com.humanscrm.adapters.persistence.audit.JooqAuditLog;
import com.humanscrm.adapters.persistence.booking.JooqBookingRepository;
import com.humanscrm.adapters.persistence.colleague.JooqColleagueRepository;
import com.humanscrm.adapters.persistence.detail.JooqDetailReads;
import com.humanscrm.adapters.persistence.flight.JooqFlightRepository;
import com.humanscrm.adapters.persistence.geo.JooqExpressionRepository;
import com.humanscrm.adapters.persistence.geo.JooqGeoInterestRepository;
import com.humanscrm.adapters.persistence.document.JooqDocumentRepository;
import com.humanscrm.adapters.persistence.human.JooqHumanRepository;
import com.humanscrm.adapters.persistence.idempotency.ExpiredIdempotencyKeys;
import com.humanscrm.adapters.persistence.idempotency.JooqIdempotencyStore;
import com.humanscrm.adapters.persistence.jooq.tables.records.ApiKeysRecord;
import com.humanscrm.adapters.persistence.jooq.tables.records.SessionsRecord;
import com.humanscrm.adapters.persistence.lookup.JooqLookupRepository;
import com.humanscrm.adapters.persistence.pet.JooqPetRepository;
import com.humanscrm.adapters.persistence.session.ExpiredSessions;
import com.humanscrm.adapters.persistence.session.JooqSessionRepository;
import com.humanscrm.adapters.persistence.session.JooqSignInAttempts;
import com.humanscrm.adapters.persistence.shared.CredentialChanges;
import com.humanscrm.adapters.persistence.shared.JooqUnitOfWork;
import com.humanscrm.adapters.persistence.shared.LastUses;
import com.humanscrm.adapters.persistence.shared.Outages;
import com.humanscrm.application.Storage;
import com.humanscrm.application.account.AccountRepository;
import com.humanscrm.application.activity.ActivityRepository;
import com.humanscrm.application.apikey.ApiKeyRepository;
import com.humanscrm.application.audit.AuditLog;
import com.humanscrm.application.booking.BookingRepository;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.detail.DetailReads;
import com.humanscrm.application.document.DocumentRepository;
import com.humanscrm.application.flight.FlightRepository;
import com.humanscrm.application.geo.ExpressionRepository;
import com.humanscrm.application.geo.GeoInterestRepository;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.idempotency.IdempotencyStore;
import com.humanscrm.application.lookup.LookupRepository;
import com.humanscrm.application.pet.PetRepository;
import com.humanscrm.application.session.SessionRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.signin.SignInAttempts;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

/**
 * The PostgreSQL adapter: a connection pool, the schema migrated to the latest version, and the
 * repositories and unit of work the application's ports need, all sharing one jOOQ context so that
 * every repository joins the transaction of the unit of work on the same thread.
 *
 * <p>Credentials (API keys and sessions) are cached; {@link CredentialChanges} listens for changes
 * announced by any instance sharing the database and keeps every instance's caches current.
 */
public final class PostgresPersistence implements Storage, AutoCloseable {

    private static final String MIGRATIONS = "classpath:db/migration";
    /** A request waits this long for a free connection before failing, rather than hanging. */
    private static final Duration CONNECTION_WAIT = Duration.ofSeconds(5);
    private static final int READINESS_TIMEOUT_SECONDS = 2;
    /** Expired idempotency keys are already ignored; purging them hourly only bounds the table. */
    private static final Duration IDEMPOTENCY_PURGE_INTERVAL = Duration.ofHours(1);
    /** Expired sessions and sign-in attempts are already refused; purging them only bounds the tables. */
    private static final Duration SESSION_PURGE_INTERVAL = Duration.ofMinutes(15);
    /** The credential listener's first wait before reconnecting; it doubles after each failure. */
    static final Duration LISTENER_RETRY_DELAY = Duration.ofMillis(500);

    private final HikariDataSource pool;
    private final DSLContext dsl;
    private final JooqUnitOfWork unitOfWork;
    private final CredentialChanges credentialChanges;
    private final LastUses<ApiKeysRecord> lastUses;
    private final LastUses<SessionsRecord> lastSeen;
    private final HumanRepository humans;
    private final AccountRepository accounts;
    private final ActivityRepository activities;
    private final PetRepository pets;
    private final FlightRepository flights;
    private final BookingRepository bookings;
    private final DetailReads detailReads;
    private final GeoInterestRepository geoInterests;
    private final ExpressionRepository geoInterestExpressions;
    private final LookupRepository lookups;
    private final ColleagueRepository colleagues;
    private final ApiKeyRepository apiKeys;
    private final AuditLog auditLog;
    private final DocumentRepository documents;
    private final JooqIdempotencyStore idempotencyKeys;
    private final ExpiredIdempotencyKeys expiredIdempotencyKeys;
    private final JooqSessionRepository sessions;
    private final JooqSignInAttempts signInAttempts;
    private final ExpiredSessions expiredSessions;

    private PostgresPersistence(HikariDataSource pool, DatabaseSettings settings, Duration listenerRetryDelay) {
        this.pool = pool;
        this.dsl = new DefaultConfiguration()
                .set(SQLDialect.POSTGRES)
                .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(pool)))
                .set(new Outages())
                .dsl();
        this.unitOfWork = new JooqUnitOfWork(dsl);
        this.credentialChanges = new CredentialChanges(settings.jdbcUrl(), settings.user(), settings.password(),
                listenerRetryDelay, unitOfWork, dsl);
        this.lastUses = JooqApiKeyRepository.lastUses(dsl, settings.lastUsedFlushInterval());
        this.lastSeen = JooqSessionRepository.lastSeen(dsl, settings.lastUsedFlushInterval());
        this.humans = new JooqHumanRepository(dsl);
        this.accounts = new JooqAccountRepository(dsl);
        this.activities = new JooqActivityRepository(dsl);
        this.pets = new JooqPetRepository(dsl);
        this.flights = new JooqFlightRepository(dsl);
        this.bookings = new JooqBookingRepository(dsl);
        this.detailReads = new JooqDetailReads(dsl);
        this.geoInterests = new JooqGeoInterestRepository(dsl);
        this.geoInterestExpressions = new JooqExpressionRepository(dsl);
        this.lookups = new JooqLookupRepository(dsl);
        this.colleagues = new JooqColleagueRepository(dsl, credentialChanges);
        this.apiKeys = new JooqApiKeyRepository(dsl, credentialChanges, settings.credentialCacheTtl(), lastUses);
        this.sessions = new JooqSessionRepository(dsl, credentialChanges, settings.credentialCacheTtl(), lastSeen);
        this.signInAttempts = new JooqSignInAttempts(dsl);
        this.auditLog = new JooqAuditLog(dsl);
        this.documents = new JooqDocumentRepository(dsl);
        this.idempotencyKeys = new JooqIdempotencyStore(dsl);
        this.expiredIdempotencyKeys = new ExpiredIdempotencyKeys(idempotencyKeys, Clock.systemUTC(),
                IDEMPOTENCY_PURGE_INTERVAL);
        this.expiredSessions = new ExpiredSessions(sessions, signInAttempts, Clock.systemUTC(), SESSION_PURGE_INTERVAL);
        credentialChanges.start();
    }

    /**
     * Opens the pool and migrates the schema. Fails at once when the database cannot be reached
     * or a migration fails, so a misconfigured server never starts serving.
     */
    public static PostgresPersistence connect(DatabaseSettings settings) {
        return connect(settings, LISTENER_RETRY_DELAY);
    }

    /** As {@link #connect(DatabaseSettings)}, the credential listener waiting {@code listenerRetryDelay} to reconnect. */
    static PostgresPersistence connect(DatabaseSettings settings, Duration listenerRetryDelay) {
        // Before the pool, on connections of its own: Flyway holds one connection for its lock while
        // migrating on another, more than a pool of one could give it.
        migrate(settings);
        return new PostgresPersistence(new HikariDataSource(poolConfig(settings)), settings, listenerRetryDelay);
    }

    /**
     * Migrates the schema to the latest version without starting anything else. Flyway validates
     * first (its default), so a migration edited after it was applied here stops the migration
     * instead of leaving the schema unlike its files.
     */
    public static void migrate(DatabaseSettings settings) {
        migrations(settings).load().migrate();
    }

    /** How this adapter runs Flyway; the migration tests start from it to test what production runs. */
    static FluentConfiguration migrations(DatabaseSettings settings) {
        return Flyway.configure()
                .dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                .locations(MIGRATIONS);
    }

    @Override
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    public HumanRepository humans() {
        return humans;
    }

    @Override
    public AccountRepository accounts() {
        return accounts;
    }

    @Override
    public ActivityRepository activities() {
        return activities;
    }

    @Override
    public PetRepository pets() {
        return pets;
    }

    @Override
    public FlightRepository flights() {
        return flights;
    }

    @Override
    public BookingRepository bookings() {
        return bookings;
    }

    @Override
    public GeoInterestRepository geoInterests() {
        return geoInterests;
    }

    @Override
    public ExpressionRepository geoInterestExpressions() {
        return geoInterestExpressions;
    }

    @Override
    public DetailReads detailReads() {
        return detailReads;
    }

    @Override
    public LookupRepository lookups() {
        return lookups;
    }

    @Override
    public ColleagueRepository colleagues() {
        return colleagues;
    }

    @Override
    public ApiKeyRepository apiKeys() {
        return apiKeys;
    }

    @Override
    public SessionRepository sessions() {
        return sessions;
    }

    /** Commits each call on its own when used outside a unit of work: a taken attempt stays taken. */
    @Override
    public SignInAttempts signInAttempts() {
        return signInAttempts;
    }

    @Override
    public AuditLog auditLog() {
        return auditLog;
    }

    @Override
    public DocumentRepository documents() {
        return documents;
    }

    /** Commits each call on its own: use it outside units of work. */
    @Override
    public IdempotencyStore idempotencyKeys() {
        return idempotencyKeys;
    }

    /** Whether the database answers a trivial query within a couple of seconds. */
    public boolean isReady() {
        try {
            dsl.selectOne().queryTimeout(READINESS_TIMEOUT_SECONDS).fetch();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Whether the credential listener is connected, so that credentials may be answered from the caches. */
    boolean listeningForCredentialChanges() {
        return credentialChanges.listening();
    }

    /** Deletes the expired sessions and sign-in attempts now, as the background purge does; returns how many. */
    int purgeExpiredSessions() {
        return expiredSessions.purge();
    }

    /**
     * Stops the purges and the credential listener, writes the pending last-used and last-seen times,
     * then closes the pool.
     */
    @Override
    public void close() {
        try {
            expiredIdempotencyKeys.close();
            expiredSessions.close();
            credentialChanges.close();
            lastUses.close();
            lastSeen.close();
        } finally {
            pool.close();
        }
    }

    private static HikariConfig poolConfig(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("crm");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        // A fixed size: connections are opened once, not while requests wait.
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(settings.poolSize());
        config.setConnectionTimeout(CONNECTION_WAIT.toMillis());
        // Strings go to the server untyped, so a citext column compares as citext (ignoring case)
        // rather than as text; jOOQ's binds would otherwise be sent as varchar.
        config.addDataSourceProperty("stringtype", "unspecified");
        // Turns a batch of inserts into multi-row inserts: one round trip, one statement.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("ApplicationName", "humans-crm");
        return config;
    }
}

package com.humanscrm.adapters.persistence;

import com.humanscrm.adapters.persistence.apikey.CredentialCache;
import com.humanscrm.adapters.persistence.apikey.JooqApiKeyRepository;
import com.humanscrm.adapters.persistence.apikey.LastUses;
import com.humanscrm.adapters.persistence.audit.JooqAuditLog;
import com.humanscrm.adapters.persistence.colleague.JooqColleagueRepository;
import com.humanscrm.adapters.persistence.document.JooqDocumentRepository;
import com.humanscrm.adapters.persistence.human.JooqHumanRepository;
import com.humanscrm.adapters.persistence.idempotency.ExpiredIdempotencyKeys;
import com.humanscrm.adapters.persistence.idempotency.JooqIdempotencyStore;
import com.humanscrm.adapters.persistence.lookup.JooqLookupRepository;
import com.humanscrm.adapters.persistence.shared.JooqUnitOfWork;
import com.humanscrm.adapters.persistence.shared.Outages;
import com.humanscrm.application.apikey.ApiKeyRepository;
import com.humanscrm.application.audit.AuditLog;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.document.DocumentRepository;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.idempotency.IdempotencyStore;
import com.humanscrm.application.lookup.LookupRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

/**
 * The PostgreSQL adapter: a connection pool, the schema migrated to the latest version, and the
 * repositories and unit of work the application's ports need, all sharing one jOOQ context so that
 * every repository joins the transaction of the unit of work on the same thread.
 */
public final class PostgresPersistence implements AutoCloseable {

    private static final String MIGRATIONS = "classpath:db/migration";
    /** A request waits this long for a free connection before failing, rather than hanging. */
    private static final Duration CONNECTION_WAIT = Duration.ofSeconds(5);
    private static final int READINESS_TIMEOUT_SECONDS = 2;
    /** Expired idempotency keys are already ignored; purging them hourly only bounds the table. */
    private static final Duration IDEMPOTENCY_PURGE_INTERVAL = Duration.ofHours(1);

    private final HikariDataSource pool;
    private final DSLContext dsl;
    private final JooqUnitOfWork unitOfWork;
    private final LastUses lastUses;
    private final HumanRepository humans;
    private final LookupRepository lookups;
    private final ColleagueRepository colleagues;
    private final ApiKeyRepository apiKeys;
    private final AuditLog auditLog;
    private final DocumentRepository documents;
    private final JooqIdempotencyStore idempotencyKeys;
    private final ExpiredIdempotencyKeys expiredIdempotencyKeys;

    private PostgresPersistence(HikariDataSource pool, DatabaseSettings settings) {
        this.pool = pool;
        this.dsl = new DefaultConfiguration()
                .set(SQLDialect.POSTGRES)
                .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(pool)))
                .set(new Outages())
                .dsl();
        this.unitOfWork = new JooqUnitOfWork(dsl);
        this.lastUses = new LastUses(dsl, settings.lastUsedFlushInterval());
        CredentialCache credentials = new CredentialCache(settings.credentialCacheTtl(), unitOfWork);
        this.humans = new JooqHumanRepository(dsl);
        this.lookups = new JooqLookupRepository(dsl);
        this.colleagues = new JooqColleagueRepository(dsl, credentials::forgetAllAfterCommit);
        this.apiKeys = new JooqApiKeyRepository(dsl, credentials, lastUses);
        this.auditLog = new JooqAuditLog(dsl);
        this.documents = new JooqDocumentRepository(dsl);
        this.idempotencyKeys = new JooqIdempotencyStore(dsl);
        this.expiredIdempotencyKeys = new ExpiredIdempotencyKeys(idempotencyKeys, Clock.systemUTC(),
                IDEMPOTENCY_PURGE_INTERVAL);
    }

    /**
     * Opens the pool and migrates the schema. Fails at once when the database cannot be reached
     * or a migration fails, so a misconfigured server never starts serving.
     */
    public static PostgresPersistence connect(DatabaseSettings settings) {
        // Before the pool, on connections of its own: Flyway holds one connection for its lock while
        // migrating on another, more than a pool of one could give it.
        migrate(settings);
        return new PostgresPersistence(new HikariDataSource(poolConfig(settings)), settings);
    }

    /** Migrates the schema to the latest version without starting anything else. */
    public static void migrate(DatabaseSettings settings) {
        Flyway.configure()
                .dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                .locations(MIGRATIONS)
                .load()
                .migrate();
    }

    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    public HumanRepository humans() {
        return humans;
    }

    public LookupRepository lookups() {
        return lookups;
    }

    public ColleagueRepository colleagues() {
        return colleagues;
    }

    public ApiKeyRepository apiKeys() {
        return apiKeys;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    public DocumentRepository documents() {
        return documents;
    }

    /** Commits each call on its own: use it outside units of work. */
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

    /** Stops the purge of expired idempotency keys, writes the API keys' pending last-used times, then closes the pool. */
    @Override
    public void close() {
        try {
            expiredIdempotencyKeys.close();
            lastUses.close();
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

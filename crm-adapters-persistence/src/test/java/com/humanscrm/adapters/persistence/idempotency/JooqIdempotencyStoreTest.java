package com.humanscrm.adapters.persistence.idempotency;

import static com.humanscrm.adapters.persistence.jooq.Tables.IDEMPOTENCY_KEYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.application.idempotency.Fingerprint;
import com.humanscrm.application.idempotency.FirstResponse;
import com.humanscrm.application.idempotency.Idempotency;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.Role;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the contract cannot say: the purge of expired keys, that a colleague's keys go with them, and a
 * claim racing a rival that holds and releases the same key between the claim's two statements.
 */
class JooqIdempotencyStoreTest {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private final Fingerprint fingerprint = Fingerprint.of("POST", "/api/humans", "{}".getBytes(StandardCharsets.UTF_8));

    @Test
    void thePurgeDeletesOnlyKeysOlderThanADay() throws SQLException {
        Colleague colleague = colleague();
        JooqIdempotencyStore store = store();
        Instant expired = now.minus(Idempotency.KEPT).minusSeconds(1);
        store.claim(colleague.id(), "expired", fingerprint, expired, expired.minus(Idempotency.KEPT));
        store.complete(colleague.id(), "expired", new FirstResponse(201, Map.of(), new byte[] {1}));
        store.claim(colleague.id(), "live", fingerprint, now.minus(Duration.ofHours(23)), now.minus(Idempotency.KEPT));

        int purged = new ExpiredIdempotencyKeys(store, Clock.fixed(now, ZoneOffset.UTC), Duration.ofDays(1)).purge();

        assertThat(purged).isEqualTo(1);
        try (Connection connection = connect()) {
            assertThat(DSL.using(connection, SQLDialect.POSTGRES).select(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY)
                    .from(IDEMPOTENCY_KEYS).where(IDEMPOTENCY_KEYS.COLLEAGUE_ID.eq(colleague.id().value()))
                    .fetch(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY)).containsExactly("live");
        }
    }

    @Test
    void aPurgeWithNothingExpiredDeletesNothing() {
        store().claim(colleague().id(), "fresh", fingerprint, now, now.minus(Idempotency.KEPT));

        assertThat(new ExpiredIdempotencyKeys(store(), Clock.fixed(now, ZoneOffset.UTC), Duration.ofDays(1)).purge()).isZero();
    }

    @Test
    void aClaimThatFindsTheKeyReleasedBeforeItCouldReadItTriesAgainAndWins() throws SQLException {
        Colleague colleague = colleague();
        try (Connection rival = connect(); Connection own = connect()) {
            DSLContext rivalSql = DSL.using(rival, SQLDialect.POSTGRES);
            hold(rivalSql, colleague, "raced");
            JooqIdempotencyStore store = storeOver(own, sql -> {
                if (sql.startsWith("select")) {
                    release(rivalSql, colleague, "raced"); // just after our insert lost to the rival's entry
                }
            });

            assertThat(store.claim(colleague.id(), "raced", fingerprint, now, now.minus(Idempotency.KEPT))).isEmpty();
        }
    }

    @Test
    void aClaimGivesUpWhenARivalHoldsTheKeyAtEveryInsertAndReleasesItAtEveryRead() throws SQLException {
        Colleague colleague = colleague();
        try (Connection rival = connect(); Connection own = connect()) {
            DSLContext rivalSql = DSL.using(rival, SQLDialect.POSTGRES);
            JooqIdempotencyStore store = storeOver(own, sql -> {
                if (sql.startsWith("insert")) {
                    hold(rivalSql, colleague, "contended");
                } else {
                    release(rivalSql, colleague, "contended");
                }
            });

            assertThatIllegalStateException()
                    .isThrownBy(() -> store.claim(colleague.id(), "contended", fingerprint, now, now.minus(Idempotency.KEPT)))
                    .withMessageContaining("5 attempts");
        }
    }

    @Test
    void aColleaguesKeysGoWithThem() throws SQLException {
        Colleague colleague = colleague();
        store().claim(colleague.id(), "key", fingerprint, now, now.minus(Idempotency.KEPT));

        try (Connection connection = connect()) {
            DSLContext sql = DSL.using(connection, SQLDialect.POSTGRES);
            sql.execute("delete from colleagues where id = ?", colleague.id().value());
            assertThat(sql.fetchCount(IDEMPOTENCY_KEYS, IDEMPOTENCY_KEYS.COLLEAGUE_ID.eq(colleague.id().value()))).isZero();
        }
    }

    private void hold(DSLContext sql, Colleague colleague, String key) {
        sql.insertInto(IDEMPOTENCY_KEYS)
                .set(IDEMPOTENCY_KEYS.COLLEAGUE_ID, colleague.id().value())
                .set(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY, key)
                .set(IDEMPOTENCY_KEYS.FINGERPRINT, fingerprint.sha256())
                .set(IDEMPOTENCY_KEYS.CREATED_AT, now)
                .execute();
    }

    private static void release(DSLContext sql, Colleague colleague, String key) {
        sql.deleteFrom(IDEMPOTENCY_KEYS)
                .where(IDEMPOTENCY_KEYS.COLLEAGUE_ID.eq(colleague.id().value()), IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(key))
                .execute();
    }

    /** The store over a connection of its own, with the rival's moves hooked in before its statements. */
    /** The rival acts just before each statement of ours is prepared, jOOQ's or rendered ahead. */
    private static JooqIdempotencyStore storeOver(Connection connection, Consumer<String> rival) {
        Connection watched = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        rival.accept((String) args[0]);
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return new JooqIdempotencyStore(DSL.using(watched, SQLDialect.POSTGRES));
    }

    private JooqIdempotencyStore store() {
        return (JooqIdempotencyStore) database.persistence().idempotencyKeys();
    }

    private Colleague colleague() {
        Colleague colleague = Colleague.create("keys-" + UUID.randomUUID() + "@humans.test", "Key", null, "Holder", null,
                Role.AGENT, Clock.systemUTC());
        database.persistence().unitOfWork().inTransaction(() -> {
            database.persistence().colleagues().add(colleague);
            return null;
        });
        return colleague;
    }

    private static Connection connect() throws SQLException {
        var settings = database.settings();
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }
}

package com.humanscrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.humanscrm.adapters.persistence.testing.TestDatabase;
import com.humanscrm.application.lookup.LookupRepository;
import com.humanscrm.application.shared.UnavailableException;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.MutableClock;
import com.humanscrm.domain.lookup.LookupItem;
import com.humanscrm.domain.lookup.LookupList;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresPersistenceTest {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    private final MutableClock clock = MutableClock.startingAt("2025-07-01T00:00:00Z");

    @Test
    void migratingAnUpToDateDatabaseChangesNothing() {
        // Counted before and after rather than against a number each new migration would have to update.
        long applied = appliedMigrations();

        PostgresPersistence.migrate(database.settings());

        assertThat(applied).isGreaterThanOrEqualTo(6L);
        assertThat(appliedMigrations()).isEqualTo(applied);
    }

    private static long appliedMigrations() {
        return new StatementLog().dsl(database.settings())
                .fetchOne("select count(*) from flyway_schema_history where success")
                .get(0, Long.class);
    }

    @Test
    void isReadyWhileConnectedAndNotOnceClosed() {
        PostgresPersistence instance = PostgresPersistence.connect(database.settings());
        assertThat(instance.isReady()).isTrue();

        instance.close();

        assertThat(instance.isReady()).isFalse();
    }

    @Test
    void connectingToADatabaseThatDoesNotAnswerFailsAtOnce() {
        DatabaseSettings nowhere = DatabaseSettings.of("jdbc:postgresql://127.0.0.1:1/crm", "crm", "secret");

        assertThatThrownBy(() -> PostgresPersistence.connect(nowhere)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void settingsNeverShowThePassword() {
        assertThat(DatabaseSettings.of("jdbc:postgresql://db/crm", "crm", "hunter2").toString())
                .doesNotContain("hunter2").contains("jdbc:postgresql://db/crm");
    }

    @Test
    void aUnitOfWorkCommitsAllItsWrites() {
        LookupItem first = item("Committed one");
        LookupItem second = item("Committed two");

        unitOfWork().inTransaction(() -> {
            lookups().add(first);
            lookups().add(second);
            return null;
        });

        assertThat(lookups().findById(first.id())).isPresent();
        assertThat(lookups().findById(second.id())).isPresent();
    }

    @Test
    void aUnitOfWorkThatFailsStoresNoneOfItsWrites() {
        LookupItem first = item("Rolled back one");
        LookupItem second = item("Rolled back two");

        assertThatThrownBy(() -> unitOfWork().inTransaction(() -> {
            lookups().add(first);
            lookups().add(second);
            throw new IllegalStateException("the use case fails after both writes");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(lookups().findById(first.id())).isEmpty();
        assertThat(lookups().findById(second.id())).isEmpty();
    }

    @Test
    void aUnitOfWorkInsideAnotherJoinsItAndFailsWithIt() {
        LookupItem inner = item("Inner");
        LookupItem outer = item("Outer");

        assertThatThrownBy(() -> unitOfWork().inTransaction(() -> {
            unitOfWork().inTransaction(() -> {
                lookups().add(inner);
                return null;
            });
            lookups().add(outer);
            throw new IllegalStateException("the outer work fails after the inner one returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(lookups().findById(inner.id())).isEmpty();
        assertThat(lookups().findById(outer.id())).isEmpty();
    }

    @Test
    void aDatabaseThatStopsAnsweringIsReportedAsUnavailableNotAsAnError() {
        DatabaseSettings own = TestDatabase.freshDatabase();
        try (PostgresPersistence instance = PostgresPersistence.connect(own)) {
            // As if the server went away: nobody may connect any more, and every open session is cut.
            String name = new StatementLog().dsl(own).fetchValue("select current_database()").toString();
            DatabaseSettings server = DatabaseSettings.of(own.jdbcUrl().replaceFirst("/" + name, "/postgres"), own.user(), own.password());
            var admin = new StatementLog().dsl(server);
            admin.execute("alter database \"" + name + "\" allow_connections false");
            admin.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = ?", name);

            assertThatThrownBy(() -> instance.lookups().findByName(LookupList.ACCOUNT_TYPES, "Pet Services"))
                    .isInstanceOf(UnavailableException.class);
            assertThatThrownBy(() -> instance.unitOfWork().inTransaction(() -> instance.lookups().findByName(LookupList.ACCOUNT_TYPES, "Pet Services")))
                    .isInstanceOf(UnavailableException.class);
            assertThat(instance.isReady()).isFalse();
        }
    }

    @Test
    void theDefaultsSuitASmallServer() {
        DatabaseSettings defaults = DatabaseSettings.of("jdbc:postgresql://db/crm", "crm", null);

        assertThat(defaults.poolSize()).isEqualTo(4);
        assertThat(defaults.credentialCacheTtl()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.lastUsedFlushInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    private LookupItem item(String name) {
        return LookupItem.create(LookupList.ACCOUNT_TYPES, name, clock);
    }

    private static UnitOfWork unitOfWork() {
        return database.persistence().unitOfWork();
    }

    private static LookupRepository lookups() {
        return database.persistence().lookups();
    }
}

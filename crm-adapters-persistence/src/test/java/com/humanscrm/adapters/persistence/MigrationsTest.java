package com.humanscrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.humanscrm.adapters.persistence.MigrationFiles.Migration;
import com.humanscrm.adapters.persistence.testing.TestDatabase;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;

/** The migrations as production runs them ({@link PostgresPersistence#migrate}). */
class MigrationsTest {

    private static final MigrationFiles MIGRATIONS = MigrationFiles.in(MigrationFiles.SOURCES);

    @Test
    void everyMigrationAppliesToAnEmptyDatabase() {
        DatabaseSettings empty = TestDatabase.emptyDatabase();

        PostgresPersistence.migrate(empty);

        MigrationInfoService info = PostgresPersistence.migrations(empty).load().info();
        assertThat(info.applied())
                .extracting(MigrationInfo::getScript, MigrationInfo::getState)
                .containsExactlyElementsOf(MIGRATIONS.all().stream()
                        .map(migration -> tuple(migration.filename(), MigrationState.SUCCESS))
                        .toList());
        assertThat(info.pending()).isEmpty();
        assertThat(info.current().getVersion()).isEqualTo(MIGRATIONS.latest().version());
    }

    @Test
    void aMigrationEditedAfterADatabaseRanItStopsTheNextMigration() {
        DatabaseSettings migrated = TestDatabase.freshDatabase();
        Migration edited = MIGRATIONS.all().getFirst();
        // What Flyway finds when the file's checksum no longer is the one it recorded when it ran it.
        new StatementLog().dsl(migrated)
                .execute("update flyway_schema_history set checksum = checksum + 1 where version = ?", edited.version().getVersion());

        assertThatThrownBy(() -> PostgresPersistence.migrate(migrated))
                .isInstanceOf(FlywayValidateException.class)
                .hasMessageContaining("checksum mismatch for migration version " + edited.version());
    }
}

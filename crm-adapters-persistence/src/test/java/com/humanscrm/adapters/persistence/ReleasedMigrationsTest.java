package com.humanscrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.persistence.MigrationFiles.Migration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration, once released, stays byte for byte as it shipped: databases out there ran it, and
 * Flyway refuses to migrate one whose recorded checksum no longer matches the file. Its list is
 * {@code RELEASED} beside the migrations; a migration written since the last release is not in it yet.
 */
class ReleasedMigrationsTest {

    @Test
    void noReleasedMigrationChangedOrDisappeared() {
        MigrationFiles migrations = MigrationFiles.in(MigrationFiles.SOURCES);

        assertThat(migrations.releasedButChanged()).isEmpty();
        // Allowed, and said in the build's output so that the release does not forget it.
        for (Migration migration : migrations.unreleased()) {
            System.out.println(migration.filename() + " is not released yet; at its release, append its line to "
                    + MigrationFiles.RELEASED + ": cd crm-adapters-persistence/src/main/resources/db/migration && sha256sum "
                    + migration.filename() + " >> " + MigrationFiles.RELEASED);
        }
    }

    @Test
    void aReleasedMigrationWhoseContentChangedIsReported(@TempDir Path folder) throws IOException {
        Path migration = Files.writeString(folder.resolve("V1__colleagues.sql"), "create table colleagues (id uuid primary key);\n");
        release(folder, migration);

        Files.writeString(migration, "create table colleagues (id uuid primary key, email text);\n");

        assertThat(MigrationFiles.in(folder).releasedButChanged()).singleElement().asString()
                .startsWith("V1__colleagues.sql changed since its release")
                .endsWith("a released migration must never change: add a new V<n>__ migration instead");
    }

    @Test
    void aReleasedMigrationThatDisappearedIsReported(@TempDir Path folder) throws IOException {
        Path migration = Files.writeString(folder.resolve("V1__colleagues.sql"), "create table colleagues (id uuid primary key);\n");
        release(folder, migration);

        Files.delete(migration);

        assertThat(MigrationFiles.in(folder).releasedButChanged()).singleElement().asString()
                .startsWith("V1__colleagues.sql is listed in RELEASED but is gone")
                .endsWith("a released migration must never change: add a new V<n>__ migration instead");
    }

    @Test
    void aMigrationNotReleasedYetMayStillChange(@TempDir Path folder) throws IOException {
        release(folder, Files.writeString(folder.resolve("V1__colleagues.sql"), "create table colleagues (id uuid primary key);\n"));
        Path unreleased = Files.writeString(folder.resolve("V2__humans.sql"), "create table humans (id uuid primary key);\n");

        Files.writeString(unreleased, "create table humans (id uuid primary key, first_name text);\n");

        MigrationFiles migrations = MigrationFiles.in(folder);
        assertThat(migrations.releasedButChanged()).isEmpty();
        assertThat(migrations.unreleased()).extracting(Migration::filename).containsExactly("V2__humans.sql");
    }

    /** As the release step does it: the line sha256sum prints, appended. */
    private static void release(Path folder, Path migration) throws IOException {
        Files.writeString(folder.resolve(MigrationFiles.RELEASED),
                MigrationFiles.sha256(migration) + "  " + migration.getFileName() + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}

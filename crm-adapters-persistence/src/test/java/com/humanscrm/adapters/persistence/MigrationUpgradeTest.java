package com.humanscrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.persistence.MigrationFiles.Migration;
import com.humanscrm.adapters.persistence.Schema.Table;
import com.humanscrm.adapters.persistence.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A database of the previous release, holding data, keeps all of it through the latest migration.
 * The previous release is the second-highest migration version ({@link MigrationFiles#previous()}),
 * so the test moves on by itself with each new migration.
 *
 * <p>Rows come from seeds: the test resources' {@code db/seed/} holds, under the name of the
 * migration it goes with, the SQL that fills what that migration created, written against the schema
 * of its version. Each seed runs right after its migration, so seeds, like migrations, are written
 * once and never edited, and a later migration meets the rows of every earlier one. Rows generated
 * from the column metadata could not pass the schema's checks (a role among four, a hex SHA-256, an
 * expiry after the creation). A migration that creates a table brings its seed: the second test
 * fails until every table of the latest version has rows for the upgrade to the next one.
 */
class MigrationUpgradeTest {

    private static final String SEEDS = "/db/seed/";
    private static final MigrationFiles MIGRATIONS = MigrationFiles.in(MigrationFiles.SOURCES);

    @Test
    void upgradingADatabaseOfThePreviousVersionKeepsEveryRowAndValue() throws SQLException {
        DatabaseSettings database = TestDatabase.emptyDatabase();
        migrateAndSeed(database, MIGRATIONS.previous());
        List<Table> previousTables = schema(database).tables();
        Map<String, List<Map<String, String>>> before = contents(database, previousTables);
        assertEveryTableHasRows(before, MIGRATIONS.previous());

        PostgresPersistence.migrate(database);

        // The tables and columns of the previous version: what a later migration added is not compared.
        Map<String, List<Map<String, String>>> after = contents(database, previousTables);
        before.forEach((table, rows) -> assertThat(after.get(table))
                .as("the rows of %s after migrating from version %s to %s", table,
                        MIGRATIONS.previous().version(), MIGRATIONS.latest().version())
                .containsExactlyElementsOf(rows));
    }

    @Test
    void theSeedsFillEveryTableOfTheLatestVersionForTheNextUpgrade() throws SQLException {
        DatabaseSettings database = TestDatabase.emptyDatabase();

        migrateAndSeed(database, MIGRATIONS.latest());

        assertEveryTableHasRows(contents(database, schema(database).tables()), MIGRATIONS.latest());
    }

    /** Applies the migrations up to {@code last}, each followed by its seed. */
    private static void migrateAndSeed(DatabaseSettings database, Migration last) throws SQLException {
        for (Migration migration : MIGRATIONS.upTo(last)) {
            PostgresPersistence.migrations(database).target(migration.version()).load().migrate();
            try (InputStream seed = MigrationUpgradeTest.class.getResourceAsStream(SEEDS + migration.filename());
                 Connection connection = connect(database);
                 Statement statement = connection.createStatement()) {
                if (seed != null) {
                    statement.execute(new String(seed.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void assertEveryTableHasRows(Map<String, List<Map<String, String>>> contents, Migration version) {
        contents.forEach((table, rows) -> assertThat(rows)
                .as("%s has no rows at version %s: add some to the seed of the migration that created it, "
                        + "src/test/resources%s<that migration's file name>", table, version.version(), SEEDS)
                .isNotEmpty());
    }

    /**
     * Every row of every table, each value as PostgreSQL writes it as text, so that a value survives
     * whatever Java would make of its type; rows in the order of those texts.
     */
    private static Map<String, List<Map<String, String>>> contents(DatabaseSettings database, List<Table> tables)
            throws SQLException {
        Map<String, List<Map<String, String>>> contents = new LinkedHashMap<>();
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            for (Table table : tables) {
                List<String> columns = table.columnNames();
                String sql = "select " + columns.stream().map(column -> quoted(column) + "::text").collect(Collectors.joining(", "))
                        + " from " + quoted(table.name()) + " order by "
                        + IntStream.rangeClosed(1, columns.size()).mapToObj(Integer::toString).collect(Collectors.joining(", "));
                List<Map<String, String>> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery(sql)) {
                    while (result.next()) {
                        Map<String, String> row = new LinkedHashMap<>();
                        for (int i = 0; i < columns.size(); i++) {
                            row.put(columns.get(i), result.getString(i + 1));
                        }
                        rows.add(row);
                    }
                }
                contents.put(table.name(), rows);
            }
        }
        return contents;
    }

    private static Schema schema(DatabaseSettings database) throws SQLException {
        try (Connection connection = connect(database)) {
            return Schema.of(connection);
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier + '"';
    }

    private static Connection connect(DatabaseSettings database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }
}

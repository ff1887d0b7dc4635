package com.humanscrm.adapters.persistence.testing;

import com.humanscrm.adapters.persistence.DatabaseSettings;
import com.humanscrm.adapters.persistence.PostgresPersistence;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A PostgreSQL server for every test in the JVM, the first of: the one named by
 * {@code CRM_TEST_DATABASE_URL} (with {@code CRM_TEST_DATABASE_USER} and
 * {@code CRM_TEST_DATABASE_PASSWORD}; the user needs the CREATEDB privilege); a Testcontainers
 * {@code postgres:18} when a Docker engine answers; an embedded PostgreSQL on a random port.
 *
 * <p>{@link #freshDatabase()} gives each caller a database of its own, so test classes neither see
 * each other's rows nor depend on the order they run in. Each is a copy of a template migrated once
 * per JVM: copying takes a fraction of a second, migrating from scratch several times that.
 * {@code PostgresPersistence.connect} still runs Flyway on it, which finds nothing left to do.
 */
public final class TestDatabase {

    private static final String IMAGE = "postgres:18";
    private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(.*)$");
    /** Names a run's databases apart from another run's on a shared server. */
    private static final String RUN = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

    private static Server server;
    private static String template;
    private static int created;

    private TestDatabase() {
    }

    /** A new database, empty of test data, with the schema migrated. */
    public static synchronized DatabaseSettings freshDatabase() {
        if (template == null) {
            template = "crm_template_" + RUN;
            server().createDatabase(template, "template0");
            PostgresPersistence.migrate(server.settings(template));
        }
        return newDatabase(template);
    }

    /** A new database without even the schema, for the tests of the migrations themselves. */
    public static synchronized DatabaseSettings emptyDatabase() {
        return newDatabase("template0");
    }

    private static DatabaseSettings newDatabase(String template) {
        String name = "crm_test_" + RUN + "_" + ++created;
        server().createDatabase(name, template);
        return server.settings(name);
    }

    private static Server server() {
        if (server == null) {
            server = startServer();
        }
        return server;
    }

    private static Server startServer() {
        String url = System.getenv("CRM_TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            Server external = new Server(url, System.getenv("CRM_TEST_DATABASE_USER"),
                    System.getenv("CRM_TEST_DATABASE_PASSWORD"));
            // Unlike a container or an embedded server, this one outlives the JVM: leave it as found.
            Runtime.getRuntime().addShutdownHook(new Thread(external::dropCreatedDatabases));
            return external;
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
            container.start();
            return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        try {
            // zonky turns fsync and synchronous commits off: durability buys a throwaway server nothing.
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            return new Server(embedded.getJdbcUrl("postgres", "postgres"), "postgres", null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start an embedded PostgreSQL", e);
        }
    }

    /** Where to create databases: any database on the server will do as the place to connect to. */
    private record Server(String jdbcUrl, String user, String password, List<String> databases) {

        Server(String jdbcUrl, String user, String password) {
            this(jdbcUrl, user, password, new ArrayList<>());
        }

        DatabaseSettings settings(String database) {
            Matcher url = DATABASE_IN_URL.matcher(jdbcUrl);
            if (!url.matches()) {
                throw new IllegalStateException("Not a PostgreSQL JDBC URL with a database: " + jdbcUrl);
            }
            return DatabaseSettings.of(url.group(1) + database + url.group(3), user, password);
        }

        void createDatabase(String name, String template) {
            execute("create database " + name + " template " + template);
            databases.add(name);
        }

        void dropCreatedDatabases() {
            databases.reversed().forEach(database -> execute("drop database if exists " + database + " with (force)"));
        }

        private void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not run on the test server: " + sql, e);
            }
        }
    }
}

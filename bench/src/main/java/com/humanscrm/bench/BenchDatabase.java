package com.humanscrm.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's own PostgreSQL (the version the CRM embeds), as durable as the CRM's embedded
 * default, so that writes pay for their commits as they would in production. Each run starts from
 * an empty data directory.
 */
final class BenchDatabase implements AutoCloseable {

    static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private BenchDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static BenchDatabase start(Path directory) throws IOException {
        Files.createDirectories(directory);
        return new BenchDatabase(EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(true)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // A million humans with their children fit in memory, as they would on a real server.
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("max_connections", "50")
                .start());
    }

    String url(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    int port() {
        return postgres.getPort();
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, null);
    }

    void createDatabase(String name) throws SQLException {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}

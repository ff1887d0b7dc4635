package com.humanscrm.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson3;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The yardstick: the same server, pool size, driver and JSON library as the CRM, reading one
 * {@code humans} row by id with a hand-written prepared statement, and nothing else (no
 * authentication, no children, no logging). What the CRM costs beyond it is what its features and
 * its layers cost.
 */
public final class Baseline {

    private static final String SELECT = "select id, first_name, middle_name, last_name, status, version, created_at, updated_at"
            + " from humans where id = ?";

    record Human(UUID id, String firstName, String middleName, String lastName, String status, int version,
                 Instant createdAt, Instant updatedAt) {
    }

    private final HikariDataSource pool;

    private Baseline(HikariDataSource pool) {
        this.pool = pool;
    }

    /** {@code Baseline <port> <jdbc url> <user> <pool size>}; answers {@code GET /humans/{id}} until killed. */
    public static void main(String[] args) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[1]);
        config.setUsername(args[2]);
        config.setMaximumPoolSize(Integer.parseInt(args[3]));
        Baseline baseline = new Baseline(new HikariDataSource(config));
        Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.concurrency.useVirtualThreads = true;
            javalin.jetty.host = "127.0.0.1";
            javalin.jetty.port = Integer.parseInt(args[0]);
            javalin.jsonMapper(new JavalinJackson3(
                    JsonMapper.builder().disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build(), true));
            javalin.routes.get("/humans/{id}", baseline::human);
            javalin.routes.get("/ready", ctx -> ctx.result("ready"));
        }).start();
    }

    private void human(Context ctx) throws SQLException {
        UUID id = UUID.fromString(ctx.pathParam("id"));
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = connection.prepareStatement(SELECT)) {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    ctx.status(404);
                    return;
                }
                ctx.json(new Human(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getInt(6), row.getObject(7, OffsetDateTime.class).toInstant(),
                        row.getObject(8, OffsetDateTime.class).toInstant()));
            }
        }
    }
}

package com.humanscrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.persistence.DatabaseSettings;
import com.humanscrm.adapters.persistence.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole CRM in this JVM, as {@code ./crm serve} runs it, on a fresh PostgreSQL database and a
 * filesystem blob store in the test's folder, with a first admin holding an API key. Close it in the
 * test's own teardown, before the database goes away.
 */
public final class RunningCrm implements AutoCloseable {

    private final Map<String, String> env;
    private final CrmServer server;
    private final String adminKey;

    private RunningCrm(Map<String, String> env) {
        this.env = env;
        this.adminKey = firstAdminKey(env);
        this.server = CrmServer.start(Settings.from(env));
    }

    /**
     * @param data  where the blob store keeps documents' bytes ({@code @TempDir})
     * @param extra further {@code CRM_*} variables, over the defaults
     */
    public static RunningCrm start(Path data, Map<String, String> extra) {
        DatabaseSettings database = TestDatabase.freshDatabase();
        Map<String, String> env = new HashMap<>(Map.of("CRM_PORT", "0", "CRM_DATA_DIR", data.toString(),
                "CRM_DATABASE_URL", database.jdbcUrl(), "CRM_DATABASE_USER", database.user()));
        if (database.password() != null) {
            env.put("CRM_DATABASE_PASSWORD", database.password());
        }
        env.putAll(extra);
        return new RunningCrm(env);
    }

    public int port() {
        return server.port();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /** The first admin, over HTTP, every exchange checked against the OpenAPI document. */
    public ApiClient admin() {
        return new ApiClient(uri()).withApiKey(adminKey);
    }

    public String adminKey() {
        return adminKey;
    }

    /** Runs the command line ({@code ./crm colleagues add …}) against the same database; its output lines. */
    public List<String> crm(String... args) {
        return commandLine(env, args);
    }

    /** The operator's command line, in this JVM, with these variables; its output lines. A non-zero exit fails the test. */
    static List<String> commandLine(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(env, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(args));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Override
    public void close() {
        server.close();
    }

    /** Adds the first admin, ada@example.com, as an operator does, and returns the secret of a key of theirs. */
    static String firstAdminKey(Map<String, String> env) {
        commandLine(env, "colleagues", "add", "--email", "ada@example.com", "--first-name", "Ada", "--last-name", "Lovelace",
                "--role", "admin");
        return commandLine(env, "api-keys", "create", "--email", "ada@example.com", "--name", "operator").getLast();
    }
}

package com.humanscrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.persistence.DatabaseSettings;
import com.humanscrm.adapters.persistence.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator's commands, in process, against a real database. */
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Map<String, String> env;

    @TempDir
    Path data;

    @BeforeEach
    void freshDatabase() {
        DatabaseSettings database = TestDatabase.freshDatabase();
        env = new HashMap<>(Map.of("CRM_DATABASE_URL", database.jdbcUrl(), "CRM_DATABASE_USER", database.user(),
                "CRM_DATA_DIR", data.toString()));
        if (database.password() != null) {
            env.put("CRM_DATABASE_PASSWORD", database.password());
        }
    }

    @Test
    void addingAColleagueTwiceIsRefusedTheSecondTime() {
        assertThat(run("colleagues", "add", "--email", "ada@example.com", "--first-name", "Ada", "--last-name", "Lovelace",
                "--role", "admin")).isZero();
        assertThat(output()).contains("Ada Lovelace <ada@example.com> as admin");

        assertThat(run("colleagues", "add", "--email", "ADA@example.com", "--first-name", "Ada", "--last-name", "L",
                "--role", "agent")).isEqualTo(1);
        assertThat(errors()).contains("exists already");
    }

    @Test
    void anApiKeyIsPrintedAsTheLastLineAndCannotOutrankItsColleague() {
        run("colleagues", "add", "--email", "bob@example.com", "--first-name", "Bob", "--last-name", "Agent", "--role", "agent");

        assertThat(run("api-keys", "create", "--email", "bob@example.com", "--name", "script", "--role", "admin")).isEqualTo(1);
        assertThat(errors()).contains("role");

        assertThat(run("api-keys", "create", "--email", "bob@example.com", "--name", "script")).isZero();
        List<String> lines = output().lines().toList();
        assertThat(lines.getLast()).startsWith("crm_").hasSizeGreaterThan(40);
    }

    @Test
    void aKeyForSomeoneUnknownIsRefused() {
        assertThat(run("api-keys", "create", "--email", "nobody@example.com", "--name", "x")).isEqualTo(1);
        assertThat(errors()).contains("nobody@example.com");
    }

    @Test
    void usageErrorsExplainThemselves() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("colleagues", "remove")).isEqualTo(2);
        assertThat(run("colleagues", "add", "--email")).isEqualTo(2);
        assertThat(run("colleagues", "add", "--email", "a@b.co", "--first-name", "A", "--last-name", "B", "--role", "boss")).isEqualTo(1);
        assertThat(run("api-keys", "create", "--email", "a@b.co", "--name", "n", "--expires-at", "tomorrow")).isEqualTo(2);
        assertThat(run("colleagues", "add", "--email", "a@b.co", "--nickname", "A")).isEqualTo(2);
        assertThat(run("colleagues", "add", "--email", "a@b.co", "--email", "c@d.co")).isEqualTo(2);
        assertThat(run("api-keys", "create", "--email", "a@b.co")).isEqualTo(2);
        assertThat(run("migrate", "--now")).isEqualTo(2);
        assertThat(errors()).contains("usage: crm", "--role must be one of", "--expires-at must be an ISO-8601 instant",
                "unknown option '--nickname'", "option --email is given twice", "option --name is required",
                "'migrate' takes no options");
    }

    @Test
    void aBadDatabaseUrlNamesTheVariable() {
        env.put("CRM_DATABASE_URL", "mysql://nope");
        assertThat(run("migrate")).isEqualTo(2);
        assertThat(errors()).contains("CRM_DATABASE_URL");
    }

    @Test
    void migrateBringsTheDatabaseUpToDate() {
        assertThat(run("migrate")).isZero();
        assertThat(output()).contains("migrated");
    }

    @Test
    void reconcilingDocumentsReportsWhatItFoundAndRemoved() {
        assertThat(run("documents", "reconcile")).isZero();
        assertThat(output()).contains("Examined 0 stored document blobs: removed 0");
        assertThat(run("documents", "purge")).isEqualTo(2);
        assertThat(run("documents", "reconcile", "--now", "yes")).isEqualTo(2);
    }

    @Test
    void anUnknownBlobStoreOrABadSizeLimitNamesItsVariable() {
        env.put("CRM_BLOB_STORE", "dropbox");
        assertThat(run("documents", "reconcile")).isEqualTo(2);
        assertThat(errors()).contains("CRM_BLOB_STORE=dropbox", "filesystem, s3");

        env.remove("CRM_BLOB_STORE");
        env.put("CRM_DOCUMENTS_MAX_BYTES", "25MB");
        assertThat(run("documents", "reconcile")).isEqualTo(2);
        assertThat(errors()).contains("CRM_DOCUMENTS_MAX_BYTES");
    }

    @Test
    void aGoogleClientIdWithoutItsSecretStopsEveryCommandNamingBoth() {
        env.put("CRM_GOOGLE_CLIENT_ID", "id.apps.googleusercontent.com");
        assertThat(run("migrate")).isEqualTo(2);
        assertThat(errors()).contains("crm: configuration:", "CRM_GOOGLE_CLIENT_ID", "CRM_GOOGLE_CLIENT_SECRET")
                .doesNotContain("Exception");
    }

    private int run(String... args) {
        return new Main(env, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(args));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}

package com.humanscrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.persistence.DatabaseSettings;
import com.humanscrm.adapters.persistence.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the README promises an operator, run through the real main in processes of its own. */
class EndToEndJourneyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void anOperatorCreatesTheFirstAdminAndAKeyThenManagesHumansOverHttp() throws Exception {
        DatabaseSettings database = TestDatabase.freshDatabase();
        Map<String, String> env = new HashMap<>(Map.of("CRM_PORT", "0", "CRM_DATABASE_URL", database.jdbcUrl(),
                "CRM_DATABASE_USER", database.user()));
        if (database.password() != null) {
            env.put("CRM_DATABASE_PASSWORD", database.password());
        }
        try (CrmProcess server = CrmProcess.serve(env)) {
            String key = firstAdminKey(env, "ada@example.com");
            Api api = new Api(server.port(), key);

            HttpResponse<String> created = api.send("POST", "/api/humans", """
                    {"firstName": "Grace", "lastName": "Hopper", "types": ["client"],
                     "emails": [{"email": "grace@example.com", "label": "Work"}]}""", null);
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(created.headers().firstValue("ETag")).contains("\"1\"");
            String id = json(created).at("/data/id").asString();
            assertThat(created.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith(id));
            api.send("POST", "/api/humans", """
                    {"firstName": "Alan", "lastName": "Turing", "types": ["trainer"], "emails": [{"email": "alan@example.com"}]}""", null);

            JsonNode firstPage = json(api.send("GET", "/api/humans?limit=1&sort=lastName", null, null));
            assertThat(firstPage.at("/data/0/lastName").asString()).isEqualTo("Hopper");
            JsonNode secondPage = json(api.send("GET", "/api/humans?limit=1&sort=lastName&cursor="
                    + firstPage.at("/page/nextCursor").asString(), null, null));
            assertThat(secondPage.at("/data/0/lastName").asString()).isEqualTo("Turing");
            assertThat(secondPage.at("/page/nextCursor").isNull()).isTrue();

            HttpResponse<String> changed = api.send("PATCH", "/api/humans/" + id, "{\"status\": \"active\"}", "\"1\"");
            assertThat(changed.statusCode()).isEqualTo(200);
            assertThat(changed.headers().firstValue("ETag")).contains("\"2\"");
            assertThat(api.send("PATCH", "/api/humans/" + id, "{\"status\": \"closed\"}", "\"1\"").statusCode()).isEqualTo(412);

            JsonNode history = json(api.send("GET", "/api/audit-log?entityType=human&entityId=" + id, null, null));
            assertThat(history.at("/data/0/action").asString()).isEqualTo("update");
            assertThat(history.at("/data/1/action").asString()).isEqualTo("create");

            assertThat(api.send("DELETE", "/api/humans/" + id, null, null).statusCode()).isEqualTo(204);
            assertThat(api.send("GET", "/api/humans/" + id, null, null).statusCode()).isEqualTo(404);
            assertThat(new Api(server.port(), null).send("GET", "/api/humans", null, null).statusCode()).isEqualTo(401);
            assertThat(new Api(server.port(), null).send("GET", "/health/ready", null, null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theEmbeddedDatabaseKeepsItsDataAcrossRestartsAndTheCommandLineSharesItWithTheServer(@TempDir Path data) throws Exception {
        Map<String, String> env = Map.of("CRM_PORT", "0", "CRM_DATA_DIR", data.toString());
        String key;
        String id;
        try (CrmProcess server = CrmProcess.serve(env)) {
            key = firstAdminKey(env, "grace@example.com");
            HttpResponse<String> created = new Api(server.port(), key).send("POST", "/api/humans", """
                    {"firstName": "Ada", "lastName": "Lovelace", "types": ["client"], "emails": [{"email": "ada@example.com"}]}""", null);
            assertThat(created.statusCode()).isEqualTo(201);
            id = json(created).at("/data/id").asString();
        }
        try (CrmProcess restarted = CrmProcess.serve(env)) {
            HttpResponse<String> read = new Api(restarted.port(), key).send("GET", "/api/humans/" + id, null, null);
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(json(read).at("/data/lastName").asString()).isEqualTo("Lovelace");
        }
    }

    @Test
    void aBadConfigurationValueStopsStartUpNamingTheVariable() throws Exception {
        CrmProcess.Result result = CrmProcess.run(Map.of("CRM_PORT", "eighty"), "serve");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.printed()).contains("CRM_PORT");
    }

    private static String firstAdminKey(Map<String, String> env, String email) throws Exception {
        CrmProcess.Result added = CrmProcess.run(env, "colleagues", "add", "--email", email,
                "--first-name", "First", "--last-name", "Admin", "--role", "admin");
        assertThat(added.status()).as(added.printed()).isZero();
        CrmProcess.Result key = CrmProcess.run(env, "api-keys", "create", "--email", email, "--name", "laptop");
        assertThat(key.status()).as(key.printed()).isZero();
        assertThat(key.lastLine()).as("the secret, last on standard output").startsWith("crm_");
        assertThat(key.errors()).as("an operator command logs only what went wrong").isEmpty();
        return key.lastLine();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private record Api(int port, String key) {
        HttpResponse<String> send(String method, String path, String body, String ifMatch) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (key != null) {
                request.header("Authorization", "Bearer " + key);
            }
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}

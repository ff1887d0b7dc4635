package com.humanscrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.persistence.DatabaseSettings;
import com.humanscrm.adapters.persistence.testing.TestDatabase;
import com.humanscrm.adapters.storage.testing.LocalS3;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.S3Object;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the README promises an operator, run through the real main in processes of its own. */
class EndToEndJourneyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void anOperatorCreatesTheFirstAdminAndAKeyThenManagesHumansOverHttp(@TempDir Path data) throws Exception {
        DatabaseSettings database = TestDatabase.freshDatabase();
        Map<String, String> env = new HashMap<>(Map.of("CRM_PORT", "0", "CRM_DATABASE_URL", database.jdbcUrl(),
                "CRM_DATABASE_USER", database.user(), "CRM_DATA_DIR", data.toString()));
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
            Api api = new Api(restarted.port(), key);
            // Only the stop wrote when the first key was last used (the flush runs every 30 s), if the database
            // outlived the server; read with another key, as a key's own request shows its use before it is written.
            CrmProcess.Result other = CrmProcess.run(env, "api-keys", "create", "--email", "grace@example.com", "--name", "desk");
            JsonNode keys = json(new Api(restarted.port(), other.lastLine()).send("GET", "/api/admin/api-keys", null, null));
            assertThat(keys.at("/data").valueStream().filter(apiKey -> apiKey.at("/name").asString().equals("laptop")))
                    .singleElement().satisfies(laptop -> assertThat(laptop.at("/lastUsedAt").isString()).as(keys.toString()).isTrue());
            HttpResponse<String> read = api.send("GET", "/api/humans/" + id, null, null);
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(json(read).at("/data/lastName").asString()).isEqualTo("Lovelace");
        }
    }

    @Test
    void documentsAreKeptOnTheFilesystemThenInS3AndGoWithTheirHuman(@TempDir Path data) throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("CRM_PORT", "0", "CRM_DATA_DIR", data.toString()));
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String key;
        String humanId;
        try (CrmProcess server = CrmProcess.serve(env)) {
            key = firstAdminKey(env, "ada@example.com");
            Api api = new Api(server.port(), key);
            HttpResponse<String> human = api.send("POST", "/api/humans", """
                    {"firstName": "Grace", "lastName": "Hopper", "types": ["client"], "emails": [{"email": "grace@example.com"}]}""", null);
            humanId = json(human).at("/data/id").asString();

            HttpResponse<String> uploaded = api.upload(humanId, "passport.txt", "text/plain", pdf);
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
            JsonNode document = json(uploaded).at("/data");
            assertThat(document.at("/contentType").asString()).as("detected from the bytes, not the name or the client")
                    .isEqualTo("application/pdf");
            assertThat(document.at("/sizeBytes").asLong()).isEqualTo(pdf.length);
            assertThat(document.at("/sha256").asString()).isEqualTo(sha256(pdf));

            HttpResponse<byte[]> content = api.download(document.at("/id").asString());
            assertThat(content.statusCode()).isEqualTo(200);
            assertThat(content.body()).isEqualTo(pdf);
            assertThat(content.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
            try (var blobs = Files.list(data.resolve("blobs/documents"))) {
                assertThat(blobs.toList()).hasSize(1);
            }
        }

        try (LocalS3 s3 = LocalS3.start()) {
            String bucket = s3.createBucket("crm-documents");
            env.putAll(s3.configuration(bucket));
            try (CrmProcess server = CrmProcess.serve(env)) {
                Api api = new Api(server.port(), key);
                byte[] html = "<!DOCTYPE html><html><body>notes</body></html>".getBytes(StandardCharsets.US_ASCII);
                HttpResponse<String> uploaded = api.upload(humanId, "notes.pdf", "application/pdf", html);
                assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
                String documentId = json(uploaded).at("/data/id").asString();
                assertThat(json(uploaded).at("/data/contentType").asString()).isEqualTo("text/html");
                HttpResponse<byte[]> content = api.download(documentId);
                assertThat(content.statusCode()).isEqualTo(200);
                assertThat(content.body()).isEqualTo(html);
                assertThat(objectsIn(s3, bucket)).containsExactly("documents/" + documentId);

                CrmProcess.Result reconciled = CrmProcess.run(env, "documents", "reconcile");
                assertThat(reconciled.status()).as(reconciled.printed()).isZero();
                assertThat(reconciled.lastLine()).contains("Examined 1 stored document blobs", "removed 0");

                assertThat(api.send("DELETE", "/api/humans/" + humanId, null, null).statusCode()).isEqualTo(204);
                assertThat(api.download(documentId).statusCode()).isEqualTo(404);
                assertThat(api.send("GET", "/api/documents/" + documentId, null, null).statusCode()).isEqualTo(404);
                assertThat(objectsIn(s3, bucket)).as("the bytes went with the document").isEmpty();
            }
        }
    }

    @Test
    void aBlobStoreThatCannotBeUsedStopsStartUpWithAMessageNotAStackTrace(@TempDir Path data) throws Exception {
        try (LocalS3 s3 = LocalS3.start()) {
            Map<String, String> env = new HashMap<>(s3.configuration("no-such-bucket"));
            env.put("CRM_DATA_DIR", data.toString());
            CrmProcess.Result result = CrmProcess.run(env, "serve");
            assertThat(result.status()).as(result.printed()).isEqualTo(2);
            assertThat(result.errors()).anySatisfy(line -> assertThat(line).startsWith("crm: configuration:").contains("CRM_S3_BUCKET"));
            assertThat(result.printed()).doesNotContain("\tat ", "Exception");
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
        HttpResponse<String> upload(String humanId, String filename, String claimedType, byte[] file) throws Exception {
            Multipart form = Multipart.of(documentFields(humanId), filename, claimedType, file);
            return HTTP.send(authorized("/api/documents").header("Content-Type", form.contentType()).POST(form.body()).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<byte[]> download(String documentId) throws Exception {
            return HTTP.send(authorized("/api/documents/" + documentId + "/content").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        private HttpRequest.Builder authorized(String path) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + key);
        }
    }

    /** The form fields that attach an upload to a human, in the order a client sends them: before the file. */
    static Map<String, String> documentFields(String humanId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("entityType", "human");
        fields.put("entityId", humanId);
        return fields;
    }

    private static List<String> objectsIn(LocalS3 s3, String bucket) {
        try (var client = s3.client()) {
            return client.listObjectsV2(request -> request.bucket(bucket)).contents().stream().map(S3Object::key).toList();
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

package com.humanscrm.adapters.http.document;

import static com.humanscrm.adapters.http.document.DocumentRoutesTest.PDF;
import static com.humanscrm.adapters.http.document.DocumentRoutesTest.humanId;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.HttpSettings;
import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.adapters.http.testing.Multipart;
import com.humanscrm.application.Limits;
import com.humanscrm.application.testing.InMemoryCrm;
import com.humanscrm.application.testing.contract.GeneratedStream;
import com.humanscrm.domain.colleague.Role;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** How uploads travel: retried under an Idempotency-Key, streamed whatever their size, refused early when too big. */
class DocumentUploadTest {

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();
    private final ApiClient agent = api.as(Role.AGENT);
    private final String human = humanId(agent);

    @Test
    void aRetriedUploadGetsTheFirstResponseAndKeepsOneCopy() {
        ApiResponse first = agent.post("/api/documents", Multipart.upload("human", human, "a.pdf", PDF))
                .header("Idempotency-Key", "upload-1").send().expectStatus(201);
        // A new form, so a new boundary: the raw bodies differ, the upload does not.
        ApiResponse retry = agent.post("/api/documents", Multipart.upload("human", human, "a.pdf", PDF))
                .header("Idempotency-Key", "upload-1").send().expectStatus(201);

        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(storedKeys()).containsExactly("documents/" + first.id());
        assertThat(agent.get("/api/documents").send().expectStatus(200).data()).hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherFileIsRefusedAndItsBytesAreDropped() {
        ApiResponse first = agent.post("/api/documents", Multipart.upload("human", human, "a.pdf", PDF))
                .header("Idempotency-Key", "upload-2").send().expectStatus(201);

        agent.post("/api/documents", Multipart.upload("human", human, "a.pdf", "%PDF-other".getBytes(StandardCharsets.UTF_8)))
                .header("Idempotency-Key", "upload-2").send().expectProblem(422, "IDEMPOTENCY_KEY_REUSED");

        assertThat(storedKeys()).containsExactly("documents/" + first.id());
    }

    @Test
    void aFailedUploadReleasesItsKey() {
        agent.post("/api/documents", Multipart.upload("human", java.util.UUID.randomUUID().toString(), "a.pdf", PDF))
                .header("Idempotency-Key", "upload-3").send().expectProblem(422, "VALIDATION_FAILED");

        agent.post("/api/documents", Multipart.upload("human", human, "a.pdf", PDF))
                .header("Idempotency-Key", "upload-3").send().expectStatus(201);
    }

    /**
     * 64 MiB, generated as it is sent, through a server that takes JSON bodies of at most 1 KiB: only a
     * body streamed past Javalin's own reading can get through.
     */
    @Test
    void aLargeUploadStreamsThroughAServerWithASmallBodyLimit() throws Exception {
        long size = 64L * 1024 * 1024;
        try (InMemoryApi streaming = new InMemoryApi(new InMemoryCrm(new Limits(size)), new HttpSettings("127.0.0.1", 0, 1024))) {
            ApiClient client = streaming.as(Role.AGENT);
            String record = humanId(client);
            Multipart form = new Multipart().field("entityType", "human").field("entityId", record).fileHeader("file", "big.bin");
            MessageDigest sent = MessageDigest.getInstance("SHA-256");
            long length = form.bytes().length + size + form.end().length;

            HttpResponse<String> response = send(streaming, client, form, () -> form.streamed(new DigestInputStream(new GeneratedStream(size, 42), sent)), length, false);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            JsonNode document = JsonMapper.builder().build().readTree(response.body()).get("data");
            assertThat(document.get("sizeBytes").asLong()).isEqualTo(size);
            assertThat(document.get("sha256").asString()).isEqualTo(HexFormat.of().formatHex(sent.digest()));
            assertThat(document.get("contentType").asString()).isEqualTo("application/octet-stream");
        }
    }

    @Test
    void aBodyDeclaredFarOverTheLimitIsRefusedBeforeItIsSent() throws Exception {
        try (InMemoryApi small = new InMemoryApi(new InMemoryCrm(new Limits(1024)), new HttpSettings(0))) {
            ApiClient client = small.as(Role.AGENT);
            String record = humanId(client);
            Multipart form = new Multipart().field("entityType", "human").field("entityId", record).fileHeader("file", "big.bin");
            long size = 512L * 1024 * 1024;
            long[] read = {0};

            HttpResponse<String> response = send(small, client, form, () -> form.streamed(new FilterInputStream(new GeneratedStream(size, 42)) {
                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    read[0] += Math.max(n, 0);
                    return n;
                }
            }), form.bytes().length + size + form.end().length, true);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
            assertThat(response.body()).contains("PAYLOAD_TOO_LARGE");
            assertThat(read[0]).isLessThan(size / 2);
        }
    }

    /** A POST of a form whose body is streamed from {@code body}, of the given length. */
    private static HttpResponse<String> send(InMemoryApi target, ApiClient client, Multipart form,
                                             java.util.function.Supplier<InputStream> body, long length, boolean expectContinue)
            throws Exception {
        String key = target.crm.apiKey(Role.AGENT);
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.server.uri() + "api/documents"))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", form.contentType())
                .expectContinue(expectContinue)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(body), length))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    private List<String> storedKeys() {
        List<String> keys = new ArrayList<>();
        api.crm.blobs.forEach("documents/", blob -> keys.add(blob.key()));
        return keys;
    }
}

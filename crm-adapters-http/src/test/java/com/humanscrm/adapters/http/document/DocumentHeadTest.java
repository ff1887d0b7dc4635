package com.humanscrm.adapters.http.document;

import static com.humanscrm.adapters.http.document.DocumentRoutesTest.PDF;
import static com.humanscrm.adapters.http.document.DocumentRoutesTest.humanId;
import static com.humanscrm.adapters.http.document.DocumentRoutesTest.upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.HttpTestServer;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.application.storage.Blob;
import com.humanscrm.application.storage.BlobStore;
import com.humanscrm.application.storage.ByteRange;
import com.humanscrm.application.testing.DelegatingBlobStore;
import com.humanscrm.application.testing.InMemoryCrm;
import com.humanscrm.domain.colleague.Role;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code HEAD /api/documents/{id}/content}: what a download would be (its size, ETag, type, name, ranges)
 * told from the document's record, without ever opening its bytes.
 */
class DocumentHeadTest {

    private final InMemoryCrm crm = new InMemoryCrm();
    private final CountingBlobStore blobs = new CountingBlobStore(crm.blobs);
    @AutoClose
    private final HttpTestServer server = HttpTestServer.start(InMemoryApi.TEST_SETTINGS, crm.useCasesWith(
            ports -> ports.withBlobs(blobs)), () -> true);
    private final ApiClient agent = server.client().withApiKey(crm.apiKey(Role.AGENT));
    private String content;

    @BeforeEach
    void uploadADocument() {
        String id = upload(agent, humanId(agent), "passport.pdf", PDF).expectStatus(201).id();
        content = "/api/documents/" + id + "/content";
        blobs.opened.set(0);
    }

    @AfterEach
    void noHeadOpenedTheBytes() {
        assertThat(blobs.opened).as("blobs opened").hasValue(0);
    }

    @Test
    void aHeadHasTheDownloadsHeadersAndItsLengthButNoBody() {
        ApiResponse head = agent.head(content).send().expectStatus(200);

        assertThat(head.bytes()).isEmpty();
        assertThat(head.header("Content-Length")).isEqualTo(String.valueOf(PDF.length));
        assertThat(head.header("ETag")).matches("\"[0-9a-f]{64}\"");
        assertThat(head.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(head.header("Content-Disposition")).isEqualTo("inline; filename=\"passport.pdf\"; filename*=UTF-8''passport.pdf");
        assertThat(head.header("Accept-Ranges")).isEqualTo("bytes");
        assertThat(head.header("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(head.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(head.header("Content-Security-Policy")).isEqualTo("sandbox; default-src 'none'");
    }

    @Test
    void aHeadTellsWhatTheGetSends() {
        ApiResponse head = agent.head(content).send().expectStatus(200);
        blobs.opened.set(0);
        ApiResponse get = agent.get(content).send().expectStatus(200);
        assertThat(blobs.opened).as("the GET opens the bytes").hasValue(1);
        blobs.opened.set(0);

        for (String header : new String[] {"Content-Length", "ETag", "Content-Type", "Content-Disposition", "Vary"}) {
            assertThat(head.header(header)).as(header).isEqualTo(get.header(header));
        }
        assertThat(get.bytes()).hasSize(Integer.parseInt(head.header("Content-Length")));
    }

    @Test
    void aHeadWithARangeTellsWhichPartAGetWouldSend() {
        ApiResponse part = agent.head(content).header("Range", "bytes=5-9").send().expectStatus(206);

        assertThat(part.header("Content-Range")).isEqualTo("bytes 5-9/" + PDF.length);
        assertThat(part.header("Content-Length")).isEqualTo("5");
        assertThat(part.bytes()).isEmpty();

        ApiResponse suffix = agent.head(content).header("Range", "bytes=-4").send().expectStatus(206);
        assertThat(suffix.header("Content-Range")).isEqualTo("bytes " + (PDF.length - 4) + "-" + (PDF.length - 1) + "/" + PDF.length);
        assertThat(suffix.header("Content-Length")).isEqualTo("4");
    }

    @Test
    void aHeadWithARangePastTheEndIsNotSatisfiable() {
        ApiResponse refused = agent.head(content).header("Range", "bytes=" + PDF.length + "-").send()
                .expectProblem(416, "RANGE_NOT_SATISFIABLE");

        assertThat(refused.header("Content-Range")).isEqualTo("bytes */" + PDF.length);
    }

    @Test
    void aHeadWithTheETagHeldIsNotModified() {
        String etag = agent.head(content).send().expectStatus(200).header("ETag");

        agent.head(content).header("If-None-Match", etag).send().expectStatus(304);
    }

    @Test
    void aHeadWithoutAKeyOrOfAnUnknownDocumentIsRefused() {
        server.client().head(content).offContract().send().expectProblem(401, "AUTH_REQUIRED");
        agent.head("/api/documents/" + UUID.randomUUID() + "/content").send().expectProblem(404, "DOCUMENT_NOT_FOUND");
    }

    /** The in-memory store, counting how often bytes are opened. */
    private static final class CountingBlobStore extends DelegatingBlobStore {

        final AtomicInteger opened = new AtomicInteger();

        CountingBlobStore(BlobStore delegate) {
            super(delegate);
        }

        @Override
        public Optional<Blob> get(String key, ByteRange range) {
            opened.incrementAndGet();
            return super.get(key, range);
        }
    }
}

package com.humanscrm.adapters.http.document;

import static com.humanscrm.adapters.http.document.DocumentRoutesTest.PDF;
import static com.humanscrm.adapters.http.document.DocumentRoutesTest.humanId;
import static com.humanscrm.adapters.http.document.DocumentRoutesTest.upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.domain.colleague.Role;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** {@code GET /api/documents/{id}/content}: the bytes, and the headers that keep them harmless. */
class DocumentContentTest {

    private static final byte[] DIGITS = "0123456789".getBytes(StandardCharsets.US_ASCII);

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();
    private final ApiClient agent = api.as(Role.AGENT);
    private final String human = humanId(agent);

    private String uploaded(String filename, byte[] content) {
        return "/api/documents/" + upload(agent, human, filename, content).expectStatus(201).id() + "/content";
    }

    @Test
    void theTypeComesFromTheBytesAndAPageIsOnlyEverAnAttachment() {
        String content = uploaded("x.pdf", "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));

        ApiResponse page = agent.get(content).send().expectStatus(200);

        assertThat(page.header("Content-Type")).isEqualTo("text/html");
        assertThat(page.header("Content-Disposition")).startsWith("attachment; filename=\"x.pdf\"");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Content-Security-Policy")).isEqualTo("sandbox; default-src 'none'");
        assertThat(page.header("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(page.header("Vary")).isEqualTo("Cookie");
    }

    /** A problem must not look like the document: no browser should save it under the name, no cache under the tag. */
    @Test
    void bytesThatAreGoneAnswerAPlainProblemWithoutTheDocumentsHeaders() {
        String id = upload(agent, human, "lost.pdf", PDF).expectStatus(201).id();
        api.crm.blobs.delete("documents/" + id);

        ApiResponse lost = agent.get("/api/documents/" + id + "/content").send().expectProblem(404, "DOCUMENT_CONTENT_NOT_FOUND");

        assertThat(lost.header("Content-Disposition")).isNull();
        assertThat(lost.header("ETag")).isNull();
        assertThat(lost.header("Accept-Ranges")).isNull();
        assertThat(lost.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void executablesAndUnknownBytesAreAttachmentsTooPlainTextIsInline() {
        assertThat(agent.get(uploaded("setup.exe", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).send()
                .expectStatus(200).header("Content-Disposition")).startsWith("attachment;");
        assertThat(agent.get(uploaded("blob", new byte[] {0, 1, 2, (byte) 0xff})).send().expectStatus(200)
                .header("Content-Type")).isEqualTo("application/octet-stream");
        ApiResponse text = agent.get(uploaded("notes.txt", "hello".getBytes(StandardCharsets.UTF_8))).send().expectStatus(200);
        assertThat(text.header("Content-Type")).isEqualTo("text/plain");
        assertThat(text.header("Content-Disposition")).startsWith("inline;");
    }

    @Test
    void aNameWithPathQuotesAndBackslashesIsSafeInTheHeader() {
        ApiResponse created = upload(agent, human, "../evil \"name\".pdf", PDF).expectStatus(201);
        assertThat(created.data().get("filename").asString()).isEqualTo("evil \"name\".pdf");

        String disposition = agent.get("/api/documents/" + created.id() + "/content").send().expectStatus(200)
                .header("Content-Disposition");

        assertThat(disposition).isEqualTo("inline; filename=\"evil _name_.pdf\"; filename*=UTF-8''evil%20%22name%22.pdf");
    }

    @Test
    void aNonAsciiNameHasAnAsciiFallbackAndTheExactNameEncoded() {
        ApiResponse created = upload(agent, human, "Größe 表.pdf", PDF).expectStatus(201);
        assertThat(created.data().get("filename").asString()).isEqualTo("Größe 表.pdf");

        String disposition = agent.get("/api/documents/" + created.id() + "/content").send().expectStatus(200)
                .header("Content-Disposition");

        assertThat(disposition).isEqualTo("inline; filename=\"Gr__e _.pdf\"; filename*=UTF-8''Gr%C3%B6%C3%9Fe%20%E8%A1%A8.pdf");
    }

    @Test
    void anUnchangedDocumentIsNotSentAgain() {
        String content = uploaded("a.pdf", PDF);
        String etag = agent.get(content).send().expectStatus(200).header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{64}\"");

        ApiResponse notModified = agent.get(content).header("If-None-Match", etag).send().expectStatus(304);

        assertThat(notModified.bytes()).isEmpty();
        assertThat(notModified.header("ETag")).isEqualTo(etag);
        agent.get(content).header("If-None-Match", "W/" + etag + ", \"other\"").send().expectStatus(304);
        agent.get(content).header("If-None-Match", "\"other\"").send().expectStatus(200);
    }

    @Test
    void oneRangeIsServedAsPartialContent() {
        String content = uploaded("digits.txt", DIGITS);

        ApiResponse middle = agent.get(content).header("Range", "bytes=2-4").send().expectStatus(206);
        assertThat(middle.body()).isEqualTo("234");
        assertThat(middle.header("Content-Range")).isEqualTo("bytes 2-4/10");
        assertThat(middle.header("Content-Length")).isEqualTo("3");
        assertThat(middle.header("Accept-Ranges")).isEqualTo("bytes");

        ApiResponse rest = agent.get(content).header("Range", "bytes=7-").send().expectStatus(206);
        assertThat(rest.body()).isEqualTo("789");
        assertThat(rest.header("Content-Range")).isEqualTo("bytes 7-9/10");

        ApiResponse suffix = agent.get(content).header("Range", "bytes=-4").send().expectStatus(206);
        assertThat(suffix.body()).isEqualTo("6789");
        assertThat(suffix.header("Content-Range")).isEqualTo("bytes 6-9/10");

        ApiResponse pastTheEnd = agent.get(content).header("Range", "bytes=5-500").send().expectStatus(206);
        assertThat(pastTheEnd.header("Content-Range")).isEqualTo("bytes 5-9/10");
        assertThat(agent.get(content).header("Range", "bytes=-50").send().expectStatus(206).body()).isEqualTo("0123456789");
    }

    @Test
    void aRangeStartingPastTheEndIsNotSatisfiable() {
        String content = uploaded("digits.txt", DIGITS);

        ApiResponse refused = agent.get(content).header("Range", "bytes=10-").send()
                .expectProblem(416, "RANGE_NOT_SATISFIABLE");

        assertThat(refused.header("Content-Range")).isEqualTo("bytes */10");
        agent.get(content).header("Range", "bytes=-0").send().expectProblem(416, "RANGE_NOT_SATISFIABLE");
    }

    @Test
    void severalRangesOrAMalformedOneAreIgnored() {
        String content = uploaded("digits.txt", DIGITS);

        for (String range : new String[] {"bytes=0-1,4-5", "bytes=5-2", "items=0-1", "bytes=abc", "bytes=-",
                "bytes=99999999999999999999-"}) {
            ApiResponse whole = agent.get(content).header("Range", range).send().expectStatus(200);
            assertThat(whole.body()).as(range).isEqualTo("0123456789");
            assertThat(whole.header("Content-Range")).as(range).isNull();
        }
    }

    @Test
    void aRangeIsServedOnlyIfTheDocumentIsStillTheOneAskedAbout() {
        String content = uploaded("digits.txt", DIGITS);
        String etag = agent.get(content).send().header("ETag");

        agent.get(content).header("Range", "bytes=0-1").header("If-Range", etag).send().expectStatus(206);
        assertThat(agent.get(content).header("Range", "bytes=0-1").header("If-Range", "\"" + "0".repeat(64) + "\"").send()
                .expectStatus(200).body()).isEqualTo("0123456789");
    }

    @Test
    void largerDocumentsComeBackWhole() {
        byte[] bytes = new byte[300_000];
        Arrays.fill(bytes, (byte) 'a');
        String content = uploaded("big.txt", bytes);

        assertThat(agent.get(content).send().expectStatus(200).bytes()).isEqualTo(bytes);
        assertThat(agent.get(content).header("Range", "bytes=299990-").send().expectStatus(206).bytes()).hasSize(10);
    }
}

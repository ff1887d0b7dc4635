package com.humanscrm.adapters.http.document;

import static com.humanscrm.adapters.http.document.DocumentRoutesTest.PDF;
import static com.humanscrm.adapters.http.document.DocumentRoutesTest.humanId;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.domain.colleague.Role;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The file name of an upload, read from the bytes of its part's {@code Content-Disposition}: kept exactly as
 * sent, or refused when it cannot be, never patched up with replacement characters.
 */
class DocumentFileNameTest {

    private static final String BOUNDARY = "crm-file-name-test";

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();
    private final ApiClient agent = api.as(Role.AGENT);
    private final String human = humanId(agent);

    @Test
    void aUtf8NameInFilenameIsKeptExactly() {
        assertThat(stored("filename=\"Größe 表.pdf\"".getBytes(StandardCharsets.UTF_8))).isEqualTo("Größe 表.pdf");
    }

    @Test
    void anRfc8187NameInFilenameStarIsKeptExactlyAndPreferred() {
        String encoded = "Gr%C3%B6%C3%9Fe%20%E8%A1%A8.pdf";

        assertThat(stored(ascii("filename*=UTF-8''" + encoded))).isEqualTo("Größe 表.pdf");
        assertThat(stored(ascii("filename*=utf-8'de'" + encoded))).isEqualTo("Größe 表.pdf");
        assertThat(stored(ascii("filename=\"fallback.pdf\"; filename*=UTF-8''" + encoded))).isEqualTo("Größe 表.pdf");
    }

    @Test
    void aQuotedNameLosesItsEscapesButKeepsAWindowsPathsBackslashes() {
        assertThat(stored(ascii("filename=\"say \\\"hi\\\".pdf\""))).isEqualTo("say \"hi\".pdf");
        assertThat(stored(ascii("filename=\"a\\\\b;c.pdf\""))).isEqualTo("b;c.pdf"); // an escaped backslash is a path separator
        assertThat(stored(ascii("filename=\"C:\\Users\\ada\\cv.pdf\""))).isEqualTo("cv.pdf");
        assertThat(stored(ascii("filename=plain.pdf"))).isEqualTo("plain.pdf");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        ByteArrayOutputStream disposition = new ByteArrayOutputStream();
        disposition.writeBytes(ascii("filename=\"a"));
        disposition.writeBytes(HexFormat.of().parseHex("fffe"));
        disposition.writeBytes(ascii("b.txt\""));

        assertThat(refused(disposition.toByteArray())).contains("UTF-8");
    }

    @Test
    void aCharsetOtherThanUtf8IsRefused() {
        assertThat(refused(ascii("filename*=x-bogus''abc"))).contains("UTF-8");
        assertThat(refused(ascii("filename*=ISO-8859-1''caf%E9.txt"))).contains("UTF-8");
        assertThat(refused(ascii("filename*=abc"))).contains("UTF-8");
    }

    @Test
    void anEncodedLoneSurrogateOrABrokenEscapeIsRefused() {
        assertThat(refused(ascii("filename*=UTF-8''%ED%A0%80"))).contains("UTF-8");
        assertThat(refused(ascii("filename*=UTF-8''%C3"))).contains("UTF-8");
        assertThat(refused(ascii("filename*=UTF-8''a%2"))).contains("percent-encoded");
    }

    @Test
    void aDispositionThatCannotBeReadIsRefused() {
        assertThat(refused(ascii("filename=\"unterminated.pdf"))).contains("Content-Disposition");
        assertThat(refused(ascii("filename=\"a.pdf\"; filename=\"b.pdf\""))).contains("Content-Disposition");
        assertThat(refused(ascii("filename=\"a.pdf\"junk"))).contains("Content-Disposition");
    }

    @Test
    void controlCharactersAnywhereInTheNameAreRefused() {
        assertThat(refused(ascii("filename*=UTF-8''dir%00/a.pdf"))).contains("control characters");
    }

    private String stored(byte[] filenameParameters) {
        ApiResponse created = send(filenameParameters).expectStatus(201);
        return created.data().get("filename").asString();
    }

    /** The problem with {@code file}, having checked it is the only one and nothing was kept. */
    private String refused(byte[] filenameParameters) {
        ApiResponse refused = send(filenameParameters).expectProblem(422, "VALIDATION_FAILED");
        assertThat(refused.fieldErrors()).containsOnlyKeys("file");
        List<String> blobs = new ArrayList<>();
        api.crm.blobs.forEach("documents/", blob -> blobs.add(blob.key()));
        assertThat(blobs).isEmpty();
        return refused.fieldErrors().get("file").getFirst();
    }

    /** An upload whose file part's Content-Disposition ends in {@code filenameParameters}, byte for byte. */
    private ApiResponse send(byte[] filenameParameters) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(ascii("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"entityType\"\r\n\r\nhuman\r\n"));
        body.writeBytes(ascii("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"entityId\"\r\n\r\n" + human + "\r\n"));
        body.writeBytes(ascii("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; "));
        body.writeBytes(filenameParameters);
        body.writeBytes(ascii("\r\nContent-Type: application/octet-stream\r\n\r\n"));
        body.writeBytes(PDF);
        body.writeBytes(ascii("\r\n--" + BOUNDARY + "--\r\n"));
        return agent.post("/api/documents").body(body.toByteArray(), "multipart/form-data; boundary=" + BOUNDARY).send();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

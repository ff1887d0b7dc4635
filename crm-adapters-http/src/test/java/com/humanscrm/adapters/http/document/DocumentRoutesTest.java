package com.humanscrm.adapters.http.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.HttpSettings;
import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.adapters.http.testing.Multipart;
import com.humanscrm.application.Limits;
import com.humanscrm.application.testing.InMemoryCrm;
import com.humanscrm.domain.colleague.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DocumentRoutesTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();
    private final ApiClient agent = api.as(Role.AGENT);

    static String humanId(ApiClient client) {
        return client.post("/api/humans", """
                {"firstName": "Ada", "lastName": "Lovelace", "types": ["client"], "emails": [{"email": "ada@example.com"}]}
                """).send().expectStatus(201).id();
    }

    static ApiResponse upload(ApiClient client, String humanId, String filename, byte[] content) {
        return client.post("/api/documents", Multipart.upload("human", humanId, filename, content)).send();
    }

    @Test
    void aDocumentIsUploadedReadListedDownloadedAndDeleted() {
        String human = humanId(agent);

        ApiResponse created = upload(agent, human, "passport.pdf", PDF).expectStatus(201);

        JsonNode document = created.data();
        assertThat(created.header("Location")).isEqualTo("/api/documents/" + created.id());
        assertThat(document.get("entityType").asString()).isEqualTo("human");
        assertThat(document.get("entityId").asString()).isEqualTo(human);
        assertThat(document.get("filename").asString()).isEqualTo("passport.pdf");
        assertThat(document.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(document.get("sizeBytes").asLong()).isEqualTo(PDF.length);
        assertThat(document.get("sha256").asString()).hasSize(64);
        assertThat(document.get("uploadedBy").asString()).isNotBlank();
        assertThat(document.has("storageKey")).isFalse();

        ApiClient viewer = api.as(Role.VIEWER);
        assertThat(viewer.get("/api/documents/" + created.id()).send().expectStatus(200).data()).isEqualTo(document);
        assertThat(viewer.get("/api/documents?entityType=human&entityId=" + human).send().expectStatus(200).data())
                .containsExactly(document);
        assertThat(viewer.get("/api/documents?count=true").send().expectStatus(200).json().get("page").get("total").asLong())
                .isEqualTo(1);
        ApiResponse content = viewer.get("/api/documents/" + created.id() + "/content").send().expectStatus(200);
        assertThat(content.bytes()).isEqualTo(PDF);
        assertThat(content.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(content.header("Content-Length")).isEqualTo(String.valueOf(PDF.length));
        assertThat(content.header("Content-Disposition"))
                .isEqualTo("inline; filename=\"passport.pdf\"; filename*=UTF-8''passport.pdf");

        agent.delete("/api/documents/" + created.id()).send().expectStatus(204);

        agent.get("/api/documents/" + created.id()).send().expectProblem(404, "DOCUMENT_NOT_FOUND");
        assertThat(api.crm.blobs.head("documents/" + created.id())).isEmpty();
        assertThat(agent.get("/api/documents").send().expectStatus(200).data()).isEmpty();
    }

    @Test
    void uploadsAndDeletionsAreAuditedAsTheCaller() {
        String human = humanId(agent);
        String id = upload(agent, human, "a.txt", "hello".getBytes(StandardCharsets.UTF_8)).expectStatus(201).id();
        agent.delete("/api/documents/" + id).send().expectStatus(204);

        List<String> actions = api.as(Role.ADMIN).listAll("/api/audit-log?entityType=document&entityId=" + id, 50).stream()
                .map(entry -> entry.get("action").asString() + " " + entry.get("colleagueId").isNull()).toList();
        assertThat(actions).containsExactly("delete false", "create false");
    }

    @Test
    void anEmptyListIsAPageWithNothingOnIt() {
        ApiResponse list = agent.get("/api/documents?entityType=human&entityId=" + UUID.randomUUID()).send().expectStatus(200);

        assertThat(list.data()).isEmpty();
        assertThat(list.json().get("page").get("nextCursor").isNull()).isTrue();
    }

    @Test
    void listsArePagedNewestFirst() {
        String human = humanId(agent);
        String first = upload(agent, human, "1.txt", "one".getBytes(StandardCharsets.UTF_8)).expectStatus(201).id();
        api.crm.clock.advance(java.time.Duration.ofSeconds(1));
        String second = upload(agent, human, "2.txt", "two".getBytes(StandardCharsets.UTF_8)).expectStatus(201).id();

        assertThat(agent.listAll("/api/documents", 1)).extracting(document -> document.get("id").asString())
                .containsExactly(second, first);
    }

    @Test
    void aListFilterNeedsBothEntityTypeAndEntityId() {
        assertThat(agent.get("/api/documents?entityType=human").send().expectProblem(422, "VALIDATION_FAILED").fieldErrors())
                .containsOnlyKeys("entityId");
        assertThat(agent.get("/api/documents?entityId=" + UUID.randomUUID()).send().expectProblem(422, "VALIDATION_FAILED")
                .fieldErrors()).containsOnlyKeys("entityType");
        assertThat(agent.get("/api/documents?entityType=planet&entityId=" + UUID.randomUUID()).offContract().send()
                .expectProblem(422, "VALIDATION_FAILED").fieldErrors()).containsOnlyKeys("entityType");
        assertThat(agent.get("/api/documents?entityType=human&entityId=42").offContract().send()
                .expectProblem(422, "VALIDATION_FAILED").fieldErrors()).containsOnlyKeys("entityId");
    }

    @Test
    void callersWithoutAKeyAreRefused() {
        api.anonymous().get("/api/documents").send().expectProblem(401, "AUTH_REQUIRED");
        api.anonymous().post("/api/documents", Multipart.upload("human", UUID.randomUUID().toString(), "a.pdf", PDF))
                .send().expectProblem(401, "AUTH_REQUIRED");
        api.anonymous().get("/api/documents/" + UUID.randomUUID() + "/content").send().expectProblem(401, "AUTH_REQUIRED");
    }

    @Test
    void aViewerCannotUploadOrDelete() {
        String human = humanId(agent);
        String id = upload(agent, human, "a.pdf", PDF).expectStatus(201).id();
        ApiClient viewer = api.as(Role.VIEWER);

        upload(viewer, human, "b.pdf", PDF).expectProblem(403, "FORBIDDEN");
        viewer.delete("/api/documents/" + id).send().expectProblem(403, "FORBIDDEN");

        assertThat(api.crm.documents.list(new com.humanscrm.application.document.DocumentListQuery(null,
                new com.humanscrm.application.shared.PageRequest(50, null, false))).items()).hasSize(1);
    }

    @Test
    void aViewerIsRefusedBeforeTheBodyIsRead() {
        // Not even multipart: the role is checked first.
        api.as(Role.VIEWER).post("/api/documents", "{}").offContract().send().expectProblem(403, "FORBIDDEN");
    }

    @Test
    void onlyAnAdminMayReconcile() {
        api.as(Role.AGENT).post("/api/admin/documents/reconcile").send().expectProblem(403, "FORBIDDEN");
        api.as(Role.MANAGER).post("/api/admin/documents/reconcile").send().expectProblem(403, "FORBIDDEN");
    }

    @Test
    void reconcilingRemovesOldBytesWithoutADocument() {
        String human = humanId(agent);
        upload(agent, human, "kept.pdf", PDF).expectStatus(201);
        api.crm.blobs.put("documents/" + UUID.randomUUID(), new java.io.ByteArrayInputStream(PDF), "application/pdf");
        api.crm.clock.advance(java.time.Duration.ofMinutes(11));
        api.crm.blobs.put("documents/" + UUID.randomUUID(), new java.io.ByteArrayInputStream(PDF), "application/pdf");

        JsonNode report = api.as(Role.ADMIN).post("/api/admin/documents/reconcile").send().expectStatus(200).data();

        assertThat(report.get("examined").asLong()).isEqualTo(3);
        assertThat(report.get("tooYoung").asLong()).isEqualTo(1);
        assertThat(report.get("removed").asLong()).isEqualTo(1);
    }

    @Test
    void unknownDocumentsAreNotFound() {
        String unknown = UUID.randomUUID().toString();
        agent.get("/api/documents/" + unknown).send().expectProblem(404, "DOCUMENT_NOT_FOUND");
        agent.get("/api/documents/" + unknown + "/content").send().expectProblem(404, "DOCUMENT_NOT_FOUND");
        agent.delete("/api/documents/" + unknown).send().expectProblem(404, "DOCUMENT_NOT_FOUND");
        agent.get("/api/documents/not-a-uuid").offContract().send().expectProblem(404, "DOCUMENT_NOT_FOUND");
        agent.get("/api/documents/" + unknown + "/thumbnail").offContract().send().expectProblem(404, "NOT_FOUND");
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingIsKept() {
        try (InMemoryApi small = new InMemoryApi(new InMemoryCrm(new Limits(1024)), new HttpSettings(0))) {
            ApiClient client = small.as(Role.AGENT);
            String human = humanId(client);

            ApiResponse refused = upload(client, human, "big.bin", new byte[2048]).expectProblem(413, "PAYLOAD_TOO_LARGE");

            assertThat(refused.json().get("detail").asString()).contains("1024");
            assertThat(small.crm.documents.list(new com.humanscrm.application.document.DocumentListQuery(null,
                    new com.humanscrm.application.shared.PageRequest(50, null, false))).items()).isEmpty();
            List<String> blobs = new java.util.ArrayList<>();
            small.crm.blobs.forEach("documents/", blob -> blobs.add(blob.key()));
            assertThat(blobs).isEmpty();
            upload(client, human, "small.bin", new byte[1024]).expectStatus(201);
        }
    }

    @Test
    void aBodyThatIsNotAMultipartFormIsRefusedByMediaType() {
        agent.post("/api/documents", "{\"entityType\": \"human\"}").offContract().send()
                .expectProblem(415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aMalformedMultipartBodyIsABadRequest() {
        agent.post("/api/documents").body(PDF, "multipart/form-data").offContract().send()
                .expectProblem(400, "MALFORMED_REQUEST"); // no boundary
        byte[] truncated = "--xyz\r\nContent-Disposition: form-data; name=\"entityType\"\r\n\r\nhum"
                .getBytes(StandardCharsets.UTF_8);
        agent.post("/api/documents").body(truncated, "multipart/form-data; boundary=xyz").offContract().send()
                .expectProblem(400, "MALFORMED_REQUEST");
        // No boundary in it at all, or another boundary than declared, or nothing: no form.
        for (String body : new String[] {"no parts here", "--other\r\nContent-Disposition: form-data; name=\"entityType\"\r\n\r\nhuman\r\n--other--\r\n", "",
                "--xyzabc\r\nContent-Disposition: form-data; name=\"entityType\"\r\n\r\nhuman\r\n--xyzabc--\r\n"}) {
            agent.post("/api/documents").body(body.getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=xyz")
                    .offContract().send().expectProblem(400, "MALFORMED_REQUEST");
        }
    }

    @Test
    void aFormWithoutPartsLacksEverything() {
        ApiResponse empty = agent.post("/api/documents").body("--xyz--\r\n".getBytes(StandardCharsets.UTF_8),
                "multipart/form-data; boundary=xyz").offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(empty.fieldErrors()).containsOnlyKeys("entityType", "entityId", "file");
    }

    @Test
    void aPartWithoutAFieldNameIsAMalformedFormNotSkipped() {
        String human = humanId(agent);
        String boundary = "xyz";
        for (String headers : new String[] {"Content-Type: text/plain", "Content-Disposition: attachment; name=\"entityType\"",
                "Content-Disposition: form-data"}) {
            byte[] body = ("--xyz\r\n" + headers + "\r\n\r\nhuman\r\n"
                    + "--xyz\r\nContent-Disposition: form-data; name=\"entityType\"\r\n\r\nhuman\r\n"
                    + "--xyz\r\nContent-Disposition: form-data; name=\"entityId\"\r\n\r\n" + human + "\r\n"
                    + "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhello\r\n--xyz--\r\n")
                    .getBytes(StandardCharsets.UTF_8);

            agent.post("/api/documents").body(body, "multipart/form-data; boundary=" + boundary).offContract().send()
                    .expectProblem(400, "MALFORMED_REQUEST");
        }
        assertThat(agent.get("/api/documents?entityType=human&entityId=" + human).send().expectStatus(200).data()).isEmpty();
    }

    @Test
    void aFileDeclaredAsANestedFormIsStillJustAFile() {
        String human = humanId(agent);
        byte[] body = ("--xyz\r\nContent-Disposition: form-data; name=\"entityType\"\r\n\r\nhuman\r\n"
                + "--xyz\r\nContent-Disposition: form-data; name=\"entityId\"\r\n\r\n" + human + "\r\n"
                + "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: multipart/mixed\r\n\r\n"
                + "hello\r\n--xyz--\r\n").getBytes(StandardCharsets.UTF_8);

        ApiResponse uploaded = agent.post("/api/documents").body(body, "multipart/form-data; boundary=xyz").send().expectStatus(201);

        assertThat(uploaded.data().get("contentType").asString()).isEqualTo("text/plain");
        assertThat(uploaded.data().get("sizeBytes").asLong()).isEqualTo(5);
    }

    @Test
    void theFormNeedsAFileAndARecordOfAKnownKind() {
        String human = humanId(agent);

        assertThat(post(new Multipart().field("entityType", "human").field("entityId", human)).fieldErrors())
                .containsOnlyKeys("file");
        assertThat(post(new Multipart().field("entityId", human).file("a.pdf", PDF)).fieldErrors())
                .containsOnlyKeys("entityType");
        assertThat(post(Multipart.upload("planet", human, "a.pdf", PDF)).fieldErrors()).containsOnlyKeys("entityType");
        assertThat(post(Multipart.upload("human", "1-2-3-4-5", "a.pdf", PDF)).fieldErrors()).containsOnlyKeys("entityId");
        assertThat(post(Multipart.upload("human", UUID.randomUUID().toString(), "a.pdf", PDF)).fieldErrors())
                .containsOnlyKeys("entityId");
        assertThat(post(new Multipart().field("entityType", "human").field("entityId", human).field("entityId", human)
                .file("a.pdf", PDF)).fieldErrors()).containsOnlyKeys("entityId");
        assertThat(post(new Multipart().field("entityType", "human").field("entityId", human).field("colour", "red")
                .file("a.pdf", PDF)).fieldErrors()).containsOnlyKeys("colour");
        assertThat(post(new Multipart().field("entityType", "human").field("entityId", human).field("file", "not a file"))
                .fieldErrors()).containsOnlyKeys("file");
        assertThat(post(Multipart.upload("human", human, "", PDF)).fieldErrors()).containsOnlyKeys("file");
        assertThat(api.crm.blobs.head("documents/x").isEmpty()).isTrue();
    }

    @Test
    void theFileMustComeLast() {
        String human = humanId(agent);

        ApiResponse fileFirst = agent.post("/api/documents", new Multipart().file("a.pdf", PDF).field("entityType", "human")
                .field("entityId", human)).send().expectProblem(422, "VALIDATION_FAILED");
        assertThat(fileFirst.fieldErrors()).containsOnlyKeys("entityType", "entityId");
        assertThat(fileFirst.fieldErrors().get("entityType").getFirst()).contains("before file");

        ApiResponse fieldAfter = post(Multipart.upload("human", human, "a.pdf", PDF).field("note", "x"));
        assertThat(fieldAfter.fieldErrors().get("file").getFirst()).contains("last");
        List<String> blobs = new java.util.ArrayList<>();
        api.crm.blobs.forEach("documents/", blob -> blobs.add(blob.key()));
        assertThat(blobs).isEmpty();
    }

    private ApiResponse post(Multipart form) {
        return agent.post("/api/documents", form).send().expectProblem(422, "VALIDATION_FAILED");
    }
}

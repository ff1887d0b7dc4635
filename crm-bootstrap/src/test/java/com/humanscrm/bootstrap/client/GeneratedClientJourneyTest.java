package com.humanscrm.bootstrap.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.humanscrm.bootstrap.RunningCrm;
import com.humanscrm.client.ApiClient;
import com.humanscrm.client.ApiException;
import com.humanscrm.client.ApiResponse;
import com.humanscrm.client.api.DocumentsApi;
import com.humanscrm.client.api.HumansApi;
import com.humanscrm.client.model.AttachableKind;
import com.humanscrm.client.model.ChangeHuman;
import com.humanscrm.client.model.CreateHuman;
import com.humanscrm.client.model.Document;
import com.humanscrm.client.model.Human;
import com.humanscrm.client.model.HumanEnvelope;
import com.humanscrm.client.model.HumanSort;
import com.humanscrm.client.model.HumanStatus;
import com.humanscrm.client.model.HumanSummaryList;
import com.humanscrm.client.model.HumanType;
import com.humanscrm.client.model.NewEmail;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java client that openapi-generator makes from the served document, with its default options (the build
 * generates it), used as any client team would use it, against the real server: what the document promises,
 * a generated client can do without a line of hand-written HTTP.
 */
class GeneratedClientJourneyTest {

    @TempDir
    private Path data;
    private RunningCrm crm;

    @BeforeEach
    void start() {
        crm = RunningCrm.start(data, Map.of());
    }

    @AfterEach
    void stop() {
        crm.close();
    }

    @Test
    void aGeneratedClientLivesAHumansWholeLifeWithTheirDocument() throws Exception {
        ApiClient client = client().setRequestInterceptor(request -> request.header("Authorization", "Bearer " + crm.adminKey()));
        HumansApi humans = new HumansApi(client);
        DocumentsApi documents = new DocumentsApi(client);

        ApiResponse<HumanEnvelope> created = humans.createHumanWithHttpInfo(new CreateHuman().firstName("Grace").lastName("Hopper")
                .addTypesItem(HumanType.CLIENT)
                .addEmailsItem(new NewEmail().email("grace@example.com").label("Work"))
                .addEmailsItem(new NewEmail().email("grace@navy.example")), UUID.randomUUID().toString());
        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(created.getHeaders().get("ETag")).containsExactly("\"1\"");
        UUID id = created.getData().getData().getId();
        assertThat(created.getData().getData().getEmails()).extracting(email -> email.getEmail() + " " + email.getIsPrimary())
                .containsExactly("grace@example.com true", "grace@navy.example false");
        humans.createHuman(new CreateHuman().firstName("Alan").lastName("Turing").addTypesItem(HumanType.TRAINER)
                .addEmailsItem(new NewEmail().email("alan@example.com")), null);

        assertThat(humans.getHuman(id).getData().getLastName()).isEqualTo("Hopper");

        HumanSummaryList clients = humans.listHumans(null, HumanType.CLIENT, null, null, null, null, true);
        assertThat(clients.getData()).extracting(human -> human.getLastName()).containsExactly("Hopper");
        assertThat(clients.getPage().getTotal()).isEqualTo(1);
        HumanSummaryList first = humans.listHumans(null, null, null, HumanSort.LAST_NAME_DESC, 1, null, null);
        assertThat(first.getData()).extracting(human -> human.getLastName()).containsExactly("Turing");
        HumanSummaryList second = humans.listHumans(null, null, null, HumanSort.LAST_NAME_DESC, 1, first.getPage().getNextCursor(), null);
        assertThat(second.getData()).extracting(human -> human.getLastName()).containsExactly("Hopper");
        assertThat(second.getPage().getNextCursor()).isNull();

        // Only the status is sent: the client leaves the types it was not given out, so they stay as they are.
        ApiResponse<HumanEnvelope> changed = humans.changeHumanWithHttpInfo(id, new ChangeHuman().status(HumanStatus.ACTIVE), "\"1\"");
        Human grace = changed.getData().getData();
        assertThat(grace.getStatus()).isEqualTo(HumanStatus.ACTIVE);
        assertThat(grace.getTypes()).containsExactly(HumanType.CLIENT);
        assertThat(changed.getHeaders().get("ETag")).containsExactly("\"2\"");
        ApiException stale = catchThrowableOfType(ApiException.class,
                () -> humans.changeHuman(id, new ChangeHuman().firstName("Amazing Grace"), "\"1\""));
        assertThat(stale.getCode()).isEqualTo(412);
        assertThat(stale.getResponseBody()).contains("VERSION_MISMATCH");

        ApiResponse<Void> head = humans.getHumanHeadWithHttpInfo(id);
        assertThat(head.getStatusCode()).isEqualTo(200);
        assertThat(head.getHeaders().get("ETag")).containsExactly("\"2\"");

        byte[] bytes = "Notes on the first compiler.\n".getBytes(StandardCharsets.UTF_8);
        File notes = Files.write(data.resolve("notes.txt"), bytes).toFile();
        Document uploaded = documents.uploadDocument(AttachableKind.HUMAN, id, notes, UUID.randomUUID().toString()).getData();
        assertThat(uploaded.getFilename()).isEqualTo("notes.txt");
        assertThat(uploaded.getContentType()).isEqualTo("text/plain");
        assertThat(uploaded.getSizeBytes()).isEqualTo(bytes.length);
        assertThat(documents.listDocuments(AttachableKind.HUMAN, id, null, null, null).getData())
                .extracting(Document::getId).containsExactly(uploaded.getId());
        assertThat(contentOf(documents.getDocumentContent(uploaded.getId(), null, null, null))).isEqualTo(bytes);
        ApiResponse<File> range = documents.getDocumentContentWithHttpInfo(uploaded.getId(), "bytes=0-4", null, null);
        assertThat(range.getStatusCode()).isEqualTo(206);
        assertThat(contentOf(range.getData())).isEqualTo("Notes".getBytes(StandardCharsets.UTF_8));
        ApiResponse<Void> contentHead = documents.getDocumentContentHeadWithHttpInfo(uploaded.getId(), null, null, null);
        assertThat(contentHead.getHeaders().get("Content-Length")).containsExactly(String.valueOf(bytes.length));

        humans.deleteHuman(id, "\"2\"");
        assertThat(catchThrowableOfType(ApiException.class, () -> humans.getHuman(id)).getCode()).isEqualTo(404);
        assertThat(catchThrowableOfType(ApiException.class, () -> documents.getDocument(uploaded.getId())).getCode())
                .as("a human's documents go with them").isEqualTo(404);
    }

    @Test
    void withoutAKeyTheClientGetsA401ItCanReadAndAnEmptyListIsAnEmptyPage() throws Exception {
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new HumansApi(client()).listHumans(null, null, null, null, null, null, null));
        assertThat(refused.getCode()).isEqualTo(401);
        assertThat(refused.getResponseBody()).contains("AUTH_REQUIRED");

        HumansApi humans = new HumansApi(client().setRequestInterceptor(request -> request.header("Authorization", "Bearer " + crm.adminKey())));
        HumanSummaryList none = humans.listHumans(HumanStatus.CLOSED, null, null, null, null, null, true);
        assertThat(none.getData()).isEmpty();
        assertThat(none.getPage().getTotal()).isZero();
        assertThat(none.getPage().getNextCursor()).isNull();
    }

    /** The server the document names is this machine's default port; the test's server listens elsewhere. */
    private ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(crm.uri().toString().replaceAll("/$", ""));
        return client;
    }

    private static byte[] contentOf(File downloaded) throws Exception {
        try {
            return Files.readAllBytes(downloaded.toPath());
        } finally {
            Files.delete(downloaded.toPath());
        }
    }
}

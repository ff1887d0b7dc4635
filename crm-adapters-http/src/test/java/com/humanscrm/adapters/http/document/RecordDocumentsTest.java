package com.humanscrm.adapters.http.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.adapters.http.testing.Multipart;
import com.humanscrm.domain.colleague.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of record that holds documents holds them by the same rules, and they go with it. */
class RecordDocumentsTest {

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();
    private final ApiClient agent = api.as(Role.AGENT);
    private final ApiClient admin = api.as(Role.ADMIN);

    @ParameterizedTest
    @ValueSource(strings = {"human", "account", "activity"})
    void aRecordHoldsDocumentsThatGoWithIt(String kind) {
        String path = switch (kind) {
            case "human" -> "/api/humans/" + DocumentRoutesTest.humanId(agent);
            case "account" -> "/api/accounts/" + agent.post("/api/accounts", "{\"name\": \"Skyward\"}").send().expectStatus(201).id();
            default -> "/api/activities/" + agent.post("/api/activities", "{\"type\": \"phone_call\", \"humanId\": \""
                    + DocumentRoutesTest.humanId(agent) + "\"}").send().expectStatus(201).id();
        };
        String id = path.substring(path.lastIndexOf('/') + 1);

        ApiResponse document = agent.post("/api/documents", Multipart.upload(kind, id, "contract.pdf", DocumentRoutesTest.PDF))
                .send().expectStatus(201);
        ApiResponse unknown = agent.post("/api/documents", Multipart.upload(kind, UUID.randomUUID().toString(),
                "contract.pdf", DocumentRoutesTest.PDF)).send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(document.data().get("entityType").asString()).isEqualTo(kind);
        assertThat(unknown.fieldErrors()).containsEntry("entityId", List.of("no " + kind + " with this id"));
        assertThat(agent.get("/api/documents?entityType=" + kind + "&entityId=" + id).send().expectStatus(200).data())
                .hasSize(1);
        admin.delete(path).send().expectStatus(204);
        agent.get("/api/documents/" + document.id()).send().expectProblem(404, "DOCUMENT_NOT_FOUND");
        assertThat(api.crm.blobs.head("documents/" + document.id())).isEmpty();
    }
}

package com.humanscrm.adapters.http.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuditRoutesTest {

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();
    private final Colleague colleague = api.crm.colleague(Role.AGENT);
    private final ApiClient agent = api.server.client().withApiKey(api.crm.apiKeyFor(colleague));

    @Test
    void aRecordsHistoryShowsWhoChangedWhatFromWhere() {
        String id = agent.post("/api/humans", """
                {"firstName": "Ada", "lastName": "Byron", "types": ["client"], "emails": [{"email": "ada@example.com"}]}""")
                .header("X-Request-Id", "create-ada").send().id();
        agent.patch("/api/humans/" + id, Map.of("lastName", "Lovelace")).header("X-Request-Id", "rename-ada").send();

        ApiResponse history = api.as(Role.VIEWER).get("/api/audit-log?entityType=human&entityId=" + id)
                .send().expectStatus(200);

        JsonNode rename = history.data().get(0);
        assertThat(history.data()).extracting(entry -> entry.get("action").asString()).containsExactly("update", "create");
        assertThat(rename.get("changes").toString()).isEqualTo("{\"lastName\":{\"old\":\"Byron\",\"new\":\"Lovelace\"}}");
        assertThat(rename.get("requestId").asString()).isEqualTo("rename-ada");
        assertThat(rename.get("colleagueId").asString()).isEqualTo(colleague.id().toString());
        assertThat(rename.get("apiKeyId").isString()).isTrue();
        assertThat(rename.get("clientIp").asString()).isNotBlank();
        assertThat(history.data().get(1).get("changes").get("firstName").get("old").isNull()).isTrue();
    }

    @Test
    void theWholeLogIsForAdmins() {
        agent.get("/api/audit-log").send().expectProblem(403, "FORBIDDEN");

        assertThat(api.as(Role.ADMIN).get("/api/audit-log").send().expectStatus(200).data()).isNotEmpty();
    }

    @Test
    void pagesTogetherHoldTheWholeHistoryNewestFirst() {
        String id = agent.post("/api/humans", """
                {"firstName": "Ada", "lastName": "Byron", "types": ["client"], "emails": [{"email": "ada@example.com"}]}""")
                .send().id();
        List.of("A", "B", "C", "D").forEach(name -> agent.patch("/api/humans/" + id, Map.of("middleName", name)).send());

        List<JsonNode> seen = agent.listAll("/api/audit-log?entityType=human&entityId=" + id, 2);

        assertThat(seen).extracting(entry -> entry.get("changes").path("middleName").path("new").asString(""))
                .containsExactly("D", "C", "B", "A", "");
    }

    @Test
    void aRecordWithoutHistoryHasAnEmptyOne() {
        ApiResponse history = agent.get("/api/audit-log?count=true&entityType=human&entityId=" + UUID.randomUUID())
                .send().expectStatus(200);

        assertThat(history.data()).isEmpty();
        assertThat(history.json().get("page").get("total").asInt()).isZero();
    }

    @Test
    void entityTypeAndEntityIdGoTogether() {
        agent.get("/api/audit-log?entityType=human").send().expectProblem(422, "VALIDATION_FAILED");
        agent.get("/api/audit-log?entityId=" + UUID.randomUUID()).send().expectProblem(422, "VALIDATION_FAILED");
        ApiResponse malformed = agent.get("/api/audit-log?entityType=human&entityId=ada").offContract().send()
                .expectProblem(422, "VALIDATION_FAILED");

        assertThat(malformed.fieldErrors()).containsOnlyKeys("entityId");
    }
}

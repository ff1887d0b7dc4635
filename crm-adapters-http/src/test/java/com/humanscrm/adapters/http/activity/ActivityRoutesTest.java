package com.humanscrm.adapters.http.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.lookup.LookupList;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class ActivityRoutesTest {

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();
    private final ApiClient agent = api.as(Role.AGENT);
    private final ApiClient viewer = api.as(Role.VIEWER);
    private final String ada = human("Ada");
    private final String skyward = account("Skyward");

    @Test
    void loggingAnActivityAnswersWithTheRecordWhereItLivesAndWhoLoggedIt() {
        ApiResponse created = agent.post("/api/activities", """
                {"type": "email", "subject": "Quote for Lisbon", "notes": "Two dogs", "activityDate": "2026-02-02T09:00:00Z",
                 "humanId": "%s", "accountId": "%s", "gmailId": "18c2f0a9"}
                """.formatted(ada, skyward)).send().expectStatus(201);

        JsonNode activity = created.data();
        assertThat(created.header("Location")).isEqualTo("/api/activities/" + created.id());
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(activity.get("type").asString()).isEqualTo("email");
        assertThat(activity.get("activityDate").asString()).isEqualTo("2026-02-02T09:00:00Z");
        assertThat(activity.get("createdBy").asString()).isEqualTo(colleagueOf(agent));
        assertThat(activity.get("frontId").isNull()).isTrue();
        ApiResponse read = viewer.get("/api/activities/" + created.id()).send().expectStatus(200);
        assertThat(read.data()).isEqualTo(activity);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceAndUnknownRecordsByField() {
        ApiResponse refused = agent.post("/api/activities", """
                {"type": "fax", "subject": "%s", "notes": "", "activityDate": "+10000-01-01T00:00:00Z",
                 "humanId": "%s", "accountId": "%s"}
                """.formatted("s".repeat(501), UUID.randomUUID(), UUID.randomUUID()))
                .offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).containsOnlyKeys("type", "subject", "activityDate", "humanId", "accountId");
        assertThat(agent.post("/api/activities", "{\"type\": \"email\", \"humanId\": \"" + ada + "\"}").send()
                .expectProblem(422, "VALIDATION_FAILED").fieldErrors()).containsOnlyKeys("subject");
        assertThat(agent.post("/api/activities", "{\"type\": \"phone_call\"}").send()
                .expectProblem(422, "VALIDATION_FAILED").fieldErrors()).containsOnlyKeys("humanId");
        assertThat(viewer.get("/api/activities").send().expectStatus(200).data()).isEmpty();
    }

    @Test
    void onlyAgentsAndAboveLogChangeOrDeleteAndStrangersNothing() {
        String id = call(ada, null, "2026-02-02T09:00:00Z");

        viewer.post("/api/activities", "{\"type\": \"phone_call\", \"humanId\": \"" + ada + "\"}").send()
                .expectProblem(403, "FORBIDDEN");
        viewer.patch("/api/activities/" + id, "{\"notes\": \"x\"}").send().expectProblem(403, "FORBIDDEN");
        viewer.delete("/api/activities/" + id).send().expectProblem(403, "FORBIDDEN");
        api.anonymous().get("/api/activities").send().expectProblem(401, "AUTH_REQUIRED");
        api.anonymous().get("/api/activities/" + id).send().expectProblem(401, "AUTH_REQUIRED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "1-2-3-4-5"})
    void anUnknownActivityIsNotFound(String id) {
        agent.get("/api/activities/" + UUID.randomUUID()).send().expectProblem(404, "ACTIVITY_NOT_FOUND");
        agent.get("/api/activities/" + id).offContract().send().expectProblem(404, "ACTIVITY_NOT_FOUND");
        agent.patch("/api/activities/" + UUID.randomUUID(), "{\"notes\": \"x\"}").send().expectProblem(404, "ACTIVITY_NOT_FOUND");
        agent.delete("/api/activities/" + UUID.randomUUID()).send().expectProblem(404, "ACTIVITY_NOT_FOUND");
    }

    @Test
    void anotherAgentChangesAnActivityFromItsVersionAndTheCreatorStays() {
        String id = call(ada, null, "2026-02-02T09:00:00Z");
        ApiClient other = api.as(Role.MANAGER);

        other.patch("/api/activities/" + id, "{\"notes\": \"late\"}").ifMatch("\"2\"").send()
                .expectProblem(412, "VERSION_MISMATCH");
        ApiResponse changed = other.patch("/api/activities/" + id, """
                {"type": "online_meeting", "subject": "Kick-off", "humanId": null, "accountId": "%s"}
                """.formatted(skyward)).ifMatch("\"1\"").send().expectStatus(200);

        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        assertThat(changed.data().get("humanId").isNull()).isTrue();
        assertThat(changed.data().get("accountId").asString()).isEqualTo(skyward);
        assertThat(changed.data().get("createdBy").asString()).isEqualTo(colleagueOf(agent));
        assertThat(other.patch("/api/activities/" + id, "{\"accountId\": null, \"type\": null}").offContract().send()
                .expectProblem(422, "VALIDATION_FAILED").fieldErrors()).containsOnlyKeys("humanId", "type");
        assertThat(other.patch("/api/activities/" + id, "{\"createdBy\": \"" + UUID.randomUUID() + "\"}").offContract()
                .send().status()).isIn(400, 422);
    }

    @Test
    void aGmailOrFrontIdBelongsToOneActivity() {
        agent.post("/api/activities", "{\"type\": \"email\", \"subject\": \"Hi\", \"humanId\": \"" + ada
                + "\", \"gmailId\": \"g-1\"}").send().expectStatus(201);

        agent.post("/api/activities", "{\"type\": \"email\", \"subject\": \"Again\", \"accountId\": \"" + skyward
                + "\", \"gmailId\": \"g-1\"}").send().expectProblem(409, "DUPLICATE");
    }

    @Test
    void anAgentDeletesAnActivityOnceAndThenItsHumanAndAccountCanGo() {
        String id = call(ada, skyward, "2026-02-02T09:00:00Z");
        ApiClient admin = api.as(Role.ADMIN);

        admin.delete("/api/humans/" + ada).send().expectProblem(409, "IN_USE");
        admin.delete("/api/accounts/" + skyward).send().expectProblem(409, "IN_USE");
        agent.delete("/api/activities/" + id).ifMatch("\"2\"").send().expectProblem(412, "VERSION_MISMATCH");
        agent.delete("/api/activities/" + id).ifMatch("\"1\"").send().expectStatus(204);
        agent.delete("/api/activities/" + id).send().expectProblem(404, "ACTIVITY_NOT_FOUND");
        admin.delete("/api/humans/" + ada).send().expectStatus(204);
        admin.delete("/api/accounts/" + skyward).send().expectStatus(204);
    }

    @Test
    void theListIsNewestFirstFilteredAndPagedWithoutGapsOrRepeats() {
        List<String> logged = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            logged.add(0, call(ada, day % 2 == 0 ? skyward : null, "2026-02-0" + day + "T09:00:00Z"));
        }
        call(null, skyward, "2026-01-15T09:00:00Z");

        List<String> seen = agent.listAll("/api/activities?humanId=" + ada, 3).stream()
                .map(activity -> activity.get("id").asString()).toList();
        ApiResponse counted = agent.get("/api/activities?humanId=" + ada + "&count=true&limit=2").send().expectStatus(200);

        assertThat(seen).containsExactlyElementsOf(logged);
        assertThat(counted.json().get("page").get("total").asInt()).isEqualTo(7);
        assertThat(ids("/api/activities?accountId=" + skyward)).hasSize(4);
        assertThat(ids("/api/activities?humanId=" + ada + "&dateFrom=2026-02-02T09:00:00Z&dateTo=2026-02-03T09:00:00Z"))
                .containsExactly(logged.get(4), logged.get(5));
        assertThat(ids("/api/activities?type=email")).isEmpty();
        assertThat(ids("/api/activities?createdBy=" + colleagueOf(agent))).hasSize(8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dateFrom=2026-02-03T00:00:00Z&dateTo=2026-02-02T00:00:00Z", "type=fax", "humanId=ada",
            "dateFrom=yesterday", "dateTo=%2B10000-01-01T00:00:00Z", "dateTo=2026-13-01T00:00:00Z", "createdBy=1"})
    void badFiltersAreRefusedByName(String query) {
        ApiResponse refused = agent.get("/api/activities?" + query).offContract().send()
                .expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).hasSize(1);
    }

    @Test
    void aHumansAndAnAccountsDetailShowTheirLinksAndNewestActivities() {
        String director = api.crm.lookups.findByName(LookupList.ACCOUNT_HUMAN_ROLES, "Director").orElseThrow().id().toString();
        agent.post("/api/accounts/" + skyward + "/humans", "{\"humanId\": \"" + ada + "\", \"roleId\": \"" + director + "\"}")
                .send().expectStatus(201);
        String ofAda = call(ada, null, "2026-02-02T09:00:00Z");
        String ofSkyward = call(null, skyward, "2026-02-03T09:00:00Z");

        JsonNode human = viewer.get("/api/humans/" + ada).send().expectStatus(200).data();
        JsonNode account = viewer.get("/api/accounts/" + skyward).send().expectStatus(200).data();

        assertThat(human.get("accounts")).hasSize(1);
        assertThat(human.get("accounts").get(0).get("accountName").asString()).isEqualTo("Skyward");
        assertThat(human.get("accounts").get(0).get("role").get("name").asString()).isEqualTo("Director");
        assertThat(human.get("recentActivities")).extracting(activity -> activity.get("id").asString()).containsExactly(ofAda);
        assertThat(account.get("humans").get(0).get("human").get("firstName").asString()).isEqualTo("Ada");
        assertThat(account.get("humans").get(0).get("human").get("primaryEmail").asString()).isEqualTo("ada@example.test");
        assertThat(account.get("recentActivities")).extracting(activity -> activity.get("id").asString())
                .containsExactly(ofSkyward, ofAda);
    }

    private List<String> ids(String path) {
        return agent.get(path).send().expectStatus(200).data().valueStream().map(item -> item.get("id").asString()).toList();
    }

    private String call(String humanId, String accountId, String when) {
        return agent.post("/api/activities", """
                {"type": "phone_call", "activityDate": "%s", "humanId": %s, "accountId": %s}
                """.formatted(when, quoted(humanId), quoted(accountId))).send().expectStatus(201).id();
    }

    private static String quoted(String id) {
        return id == null ? "null" : "\"" + id + "\"";
    }

    private String colleagueOf(ApiClient client) {
        return client.get("/auth/me").send().expectStatus(200).data().get("id").asString();
    }

    private String human(String firstName) {
        return agent.post("/api/humans", """
                {"firstName": "%s", "lastName": "Lovelace", "types": ["client"],
                 "emails": [{"email": "%s@example.test"}]}
                """.formatted(firstName, firstName.toLowerCase(java.util.Locale.ROOT))).send().expectStatus(201).id();
    }

    private String account(String name) {
        return agent.post("/api/accounts", "{\"name\": \"" + name + "\"}").send().expectStatus(201).id();
    }
}

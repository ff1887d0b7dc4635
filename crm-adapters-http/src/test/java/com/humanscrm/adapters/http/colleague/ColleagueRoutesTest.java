package com.humanscrm.adapters.http.colleague;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class ColleagueRoutesTest {

    private static final String COLLEAGUES = "/api/admin/colleagues";

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();
    private final Colleague me = api.crm.colleague(Role.ADMIN);
    private final ApiClient admin = api.server.client().withApiKey(api.crm.apiKeyFor(me));

    @Test
    void anAdminAddsAColleague() {
        ApiResponse added = admin.post(COLLEAGUES, Map.of("email", "Ada@Example.com", "firstName", "Ada",
                "lastName", "Lovelace", "role", "agent")).send().expectStatus(201);

        JsonNode colleague = added.data();
        assertThat(added.header("Location")).isEqualTo(COLLEAGUES + "/" + added.id());
        assertThat(added.header("ETag")).isEqualTo("\"1\"");
        assertThat(colleague.get("email").asString()).isEqualTo("ada@example.com");
        assertThat(colleague.get("displayName").asString()).isEqualTo("Ada Lovelace");
        assertThat(colleague.get("isActive").asBoolean()).isTrue();
        assertThat(admin.get(COLLEAGUES + "/" + added.id()).send().expectStatus(200).data()).isEqualTo(colleague);
    }

    @Test
    void anEmailAnotherColleagueHasIsADuplicate() {
        admin.post(COLLEAGUES, Map.of("email", me.email().toUpperCase(), "firstName", "Ada", "lastName", "Lovelace",
                "role", "agent")).send().expectProblem(409, "DUPLICATE");
    }

    @Test
    void aColleagueNeedsAKnownRole() {
        ApiResponse missing = admin.post(COLLEAGUES, Map.of("email", "ada@example.com", "firstName", "Ada",
                "lastName", "Lovelace")).offContract().send().expectProblem(422, "VALIDATION_FAILED");
        ApiResponse unknown = admin.post(COLLEAGUES, Map.of("email", "ada@example.com", "firstName", "Ada",
                "lastName", "Lovelace", "role", "owner")).offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(missing.fieldErrors()).containsOnlyKeys("role");
        assertThat(unknown.fieldErrors()).containsOnlyKeys("role");
    }

    @Test
    void anAdminChangesARoleAndDeactivates() {
        Colleague agent = api.crm.colleague(Role.AGENT);
        String colleague = COLLEAGUES + "/" + agent.id();

        ApiResponse changed = admin.patch(colleague, Map.of("role", "manager", "isActive", false, "displayName", "Ada L."))
                .ifMatch("\"1\"").send().expectStatus(200);

        assertThat(changed.data().get("role").asString()).isEqualTo("manager");
        assertThat(changed.data().get("isActive").asBoolean()).isFalse();
        assertThat(changed.data().get("displayName").asString()).isEqualTo("Ada L.");
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void aDeactivatedColleaguesKeyStopsWorkingAtOnce() {
        Colleague agent = api.crm.colleague(Role.AGENT);
        ApiClient agentsClient = api.server.client().withApiKey(api.crm.apiKeyFor(agent));
        agentsClient.get("/api/humans").send().expectStatus(200);

        admin.patch(COLLEAGUES + "/" + agent.id(), Map.of("isActive", false)).send().expectStatus(200);

        agentsClient.get("/api/humans").send().expectProblem(401, "AUTH_INVALID");
    }

    @Test
    void middleNamesAreClearedWithNull() {
        String id = admin.post(COLLEAGUES, Map.of("email", "ada@example.com", "firstName", "Ada", "middleNames", "King",
                "lastName", "Lovelace", "role", "viewer")).send().id();

        ApiResponse changed = admin.patch(COLLEAGUES + "/" + id, "{\"middleNames\": null}").send().expectStatus(200);

        assertThat(changed.data().get("middleNames").isNull()).isTrue();
        assertThat(changed.data().get("firstName").asString()).isEqualTo("Ada");
    }

    @ParameterizedTest
    @ValueSource(strings = {"firstName", "lastName", "displayName", "role", "isActive"})
    void aFieldAColleagueCannotBeWithoutCannotBeCleared(String field) {
        ApiResponse refused = admin.patch(COLLEAGUES + "/" + me.id(), "{\"" + field + "\": null}").offContract().send()
                .expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).containsOnlyKeys(field);
    }

    @Test
    void everyBrokenRuleOfANewColleagueIsReportedAtOnceEachFieldOnce() {
        ApiResponse refused = admin.post(COLLEAGUES, Map.of("email", "grace", "firstName", " ",
                "lastName", "x".repeat(101), "role", "owner")).offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).containsOnlyKeys("email", "firstName", "lastName", "role");
        assertThat(refused.fieldErrors().values()).allSatisfy(problems -> assertThat(problems).hasSize(1));
    }

    @Test
    void everyBrokenRuleOfAChangeIsReportedAtOnceEachFieldOnce() {
        ApiResponse refused = admin.patch(COLLEAGUES + "/" + me.id(), """
                {"firstName": " ", "lastName": null, "displayName": "", "role": "owner"}""")
                .offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).containsOnlyKeys("firstName", "lastName", "displayName", "role");
        assertThat(refused.fieldErrors().values()).allSatisfy(problems -> assertThat(problems).hasSize(1));
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        ApiResponse refused = admin.patch(COLLEAGUES + "/" + me.id(), Map.of("isActive", false)).send()
                .expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.json().get("formErrors")).hasSize(1);
    }

    @Test
    void aStaleVersionIsRefused() {
        Colleague agent = api.crm.colleague(Role.AGENT);
        admin.patch(COLLEAGUES + "/" + agent.id(), Map.of("firstName", "Augusta")).send().expectStatus(200);

        admin.patch(COLLEAGUES + "/" + agent.id(), Map.of("firstName", "Ada")).ifMatch("1").send()
                .expectProblem(412, "VERSION_MISMATCH");
    }

    @Test
    void colleaguesAreFilteredByWhetherTheyAreActive() {
        Colleague leaving = api.crm.colleague(Role.AGENT);
        admin.patch(COLLEAGUES + "/" + leaving.id(), Map.of("isActive", false)).send().expectStatus(200);

        assertThat(ids(admin.get(COLLEAGUES + "?isActive=false").send().data())).containsExactly(leaving.id().toString());
        assertThat(ids(admin.get(COLLEAGUES + "?isActive=true").send().data())).doesNotContain(leaving.id().toString());
        admin.get(COLLEAGUES + "?isActive=maybe").offContract().send().expectProblem(422, "VALIDATION_FAILED");
    }

    @Test
    void pagesTogetherHoldEveryColleagueExactlyOnce() {
        for (int i = 0; i < 4; i++) {
            api.crm.colleague(Role.VIEWER);
        }

        var seen = admin.listAll(COLLEAGUES, 2);

        assertThat(seen).hasSize(5);
        assertThat(ids(seen)).doesNotHaveDuplicates().contains(me.id().toString());
        assertThat(admin.get(COLLEAGUES + "?count=true&limit=1").send().json().get("page").get("total").asInt())
                .isEqualTo(5);
    }

    @Test
    void anUnknownColleagueIsNotFound() {
        admin.get(COLLEAGUES + "/" + UUID.randomUUID()).send().expectProblem(404, "COLLEAGUE_NOT_FOUND");
        admin.patch(COLLEAGUES + "/ada", Map.of("firstName", "Ada")).offContract().send()
                .expectProblem(404, "COLLEAGUE_NOT_FOUND");
    }

    @Test
    void managingColleaguesNeedsAnAdmin() {
        ApiClient manager = api.as(Role.MANAGER);

        manager.get(COLLEAGUES).send().expectProblem(403, "FORBIDDEN");
        manager.get(COLLEAGUES + "/" + me.id()).send().expectProblem(403, "FORBIDDEN");
        manager.post(COLLEAGUES, Map.of("email", "ada@example.com", "firstName", "Ada", "lastName", "Lovelace",
                "role", "admin")).send().expectProblem(403, "FORBIDDEN");
        manager.patch(COLLEAGUES + "/" + me.id(), Map.of("role", "viewer")).send().expectProblem(403, "FORBIDDEN");
    }

    private static List<String> ids(Iterable<JsonNode> colleagues) {
        List<String> ids = new ArrayList<>();
        colleagues.forEach(colleague -> ids.add(colleague.get("id").asString()));
        return ids;
    }
}

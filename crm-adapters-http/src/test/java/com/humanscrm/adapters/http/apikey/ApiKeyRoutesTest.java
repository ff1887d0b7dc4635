package com.humanscrm.adapters.http.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.Role;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApiKeyRoutesTest {

    private static final String KEYS = "/api/admin/api-keys";

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();
    private final ApiClient admin = api.as(Role.ADMIN);
    private final Colleague agent = api.crm.colleague(Role.AGENT);

    @Test
    void aNewKeyShowsItsSecretOnceAndWorksAtOnce() {
        ApiResponse created = admin.post(KEYS, Map.of("colleagueId", agent.id().toString(), "name", "Zapier"))
                .send().expectStatus(201);

        JsonNode key = created.data();
        assertThat(created.header("Location")).isEqualTo(KEYS + "/" + created.id());
        assertThat(key.get("role").asString()).isEqualTo("agent");
        assertThat(created.body()).containsOnlyOnce("\"version\"");
        assertThat(key.get("secret").asString()).startsWith(key.get("prefix").asString());
        api.server.client().withApiKey(key.get("secret").asString()).get("/api/humans").send().expectStatus(200);
        assertThat(admin.get(KEYS + "/" + created.id()).send().expectStatus(200).body()).doesNotContain("secret");
        assertThat(admin.get(KEYS).send().body()).doesNotContain(key.get("secret").asString());
    }

    @Test
    void aKeyMayActBelowItsColleaguesRoleButNeverAbove() {
        ApiResponse viewerKey = admin.post(KEYS, Map.of("colleagueId", agent.id().toString(), "name", "Reports",
                "role", "viewer")).send().expectStatus(201);
        ApiClient reports = api.server.client().withApiKey(viewerKey.data().get("secret").asString());

        reports.post("/api/humans", """
                {"firstName": "Ada", "lastName": "Lovelace", "types": ["client"], "emails": [{"email": "ada@example.com"}]}""")
                .send().expectProblem(403, "FORBIDDEN");
        ApiResponse refused = admin.post(KEYS, Map.of("colleagueId", agent.id().toString(), "name", "Root",
                "role", "admin")).send().expectProblem(422, "VALIDATION_FAILED");
        assertThat(refused.fieldErrors()).containsOnlyKeys("role");
    }

    @Test
    void anExpiryMustBeAFutureTimestamp() {
        ApiResponse past = admin.post(KEYS, Map.of("colleagueId", agent.id().toString(), "name", "Old",
                "expiresAt", "2020-01-01T00:00:00Z")).send().expectProblem(422, "VALIDATION_FAILED");
        ApiResponse number = admin.post(KEYS, Map.of("colleagueId", agent.id().toString(), "name", "Old",
                "expiresAt", 1767225600)).offContract().send().expectProblem(422, "VALIDATION_FAILED");
        ApiResponse date = admin.post(KEYS, Map.of("colleagueId", agent.id().toString(), "name", "Old",
                "expiresAt", "2030-01-01")).offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(List.of(past, number, date)).allSatisfy(refused -> assertThat(refused.fieldErrors()).containsOnlyKeys("expiresAt"));
    }

    @Test
    void everyBrokenRuleOfANewKeyIsReportedAtOnceEachFieldOnce() {
        ApiResponse refused = admin.post(KEYS, Map.of("colleagueId", agent.id().toString(), "name", " ",
                "role", "admin", "expiresAt", "2020-01-01T00:00:00Z")).send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).containsOnlyKeys("name", "role", "expiresAt");
        assertThat(refused.fieldErrors().values()).allSatisfy(problems -> assertThat(problems).hasSize(1));
    }

    @Test
    void anExpiredKeyNoLongerAuthenticates() {
        String secret = admin.post(KEYS, Map.of("colleagueId", agent.id().toString(), "name", "Short",
                "expiresAt", "2026-01-02T09:00:00Z")).send().data().get("secret").asString();
        ApiClient shortLived = api.server.client().withApiKey(secret);
        shortLived.get("/api/humans").send().expectStatus(200);

        api.crm.clock.advance(Duration.ofDays(2));

        shortLived.get("/api/humans").send().expectProblem(401, "AUTH_INVALID");
    }

    @Test
    void theColleagueMustBeNamedAndExist() {
        ApiResponse unnamed = admin.post(KEYS, Map.of("name", "Nobody's")).offContract().send()
                .expectProblem(422, "VALIDATION_FAILED");
        ApiResponse unknown = admin.post(KEYS, Map.of("colleagueId", UUID.randomUUID().toString(), "name", "Ghost"))
                .send().expectProblem(422, "VALIDATION_FAILED");
        ApiResponse malformed = admin.post(KEYS, Map.of("colleagueId", "ghost", "name", "Ghost"))
                .offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(unnamed.fieldErrors()).isEqualTo(Map.of("colleagueId", List.of("is required")));
        assertThat(unknown.fieldErrors()).containsOnlyKeys("colleagueId");
        assertThat(malformed.fieldErrors()).isEqualTo(Map.of("colleagueId", List.of("must be a UUID")));
    }

    @Test
    void aRevokedKeyStaysListedAndRevokingItAgainChangesNothing() {
        String id = admin.post(KEYS, Map.of("colleagueId", agent.id().toString(), "name", "Temp")).send().id();

        ApiResponse revoked = admin.post(KEYS + "/" + id + "/revoke").send().expectStatus(200);
        ApiResponse again = admin.post(KEYS + "/" + id + "/revoke").send().expectStatus(200);

        assertThat(revoked.data().get("revokedAt").isString()).isTrue();
        assertThat(revoked.header("ETag")).isEqualTo("\"2\"");
        assertThat(again.data()).isEqualTo(revoked.data());
        assertThat(admin.get(KEYS + "?colleagueId=" + agent.id()).send().data())
                .extracting(key -> key.get("revokedAt").asString()).containsExactly(revoked.data().get("revokedAt").asString());
    }

    @Test
    void revokingAKeyLocksOutItsHolder() {
        ApiResponse created = admin.post(KEYS, Map.of("colleagueId", agent.id().toString(), "name", "Laptop")).send();
        ApiClient holder = api.server.client().withApiKey(created.data().get("secret").asString());

        admin.post(KEYS + "/" + created.id() + "/revoke").send().expectStatus(200);

        holder.get("/api/humans").send().expectProblem(401, "AUTH_INVALID");
    }

    @Test
    void keysAreListedNewestFirstAndFilteredByColleague() {
        List<String> created = List.of("One", "Two", "Three", "Four", "Five").stream()
                .map(name -> admin.post(KEYS, Map.of("colleagueId", agent.id().toString(), "name", name)).send().id())
                .toList();

        List<JsonNode> seen = admin.listAll(KEYS + "?colleagueId=" + agent.id(), 2);

        assertThat(seen).extracting(key -> key.get("id").asString()).containsExactlyElementsOf(created.reversed());
        admin.get(KEYS + "?colleagueId=agent").offContract().send().expectProblem(422, "VALIDATION_FAILED");
    }

    @Test
    void anUnknownKeyIsNotFound() {
        admin.get(KEYS + "/" + UUID.randomUUID()).send().expectProblem(404, "API_KEY_NOT_FOUND");
        admin.post(KEYS + "/" + UUID.randomUUID() + "/revoke").send().expectProblem(404, "API_KEY_NOT_FOUND");
        admin.post(KEYS + "/key/revoke").offContract().send().expectProblem(404, "API_KEY_NOT_FOUND");
    }

    @Test
    void managingKeysNeedsAnAdmin() {
        ApiClient manager = api.as(Role.MANAGER);
        String id = admin.post(KEYS, Map.of("colleagueId", agent.id().toString(), "name", "Zapier")).send().id();

        manager.get(KEYS).send().expectProblem(403, "FORBIDDEN");
        manager.get(KEYS + "/" + id).send().expectProblem(403, "FORBIDDEN");
        manager.post(KEYS, Map.of("colleagueId", agent.id().toString(), "name", "Mine")).send().expectProblem(403, "FORBIDDEN");
        manager.post(KEYS + "/" + id + "/revoke").send().expectProblem(403, "FORBIDDEN");
    }
}

package com.humanscrm.adapters.http.shared;

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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

    private static final String HUMANS = "/api/humans";
    private static final String ADA = """
            {"firstName": "Ada", "lastName": "Lovelace", "types": ["client"], "emails": [{"email": "ada@example.com"}]}
            """;

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();
    private final ApiClient agent = api.as(Role.AGENT);
    private final String key = UUID.randomUUID().toString();

    @Test
    void aRetryGetsTheFirstResponseAndCreatesNothingNew() {
        ApiResponse first = agent.post(HUMANS, ADA).header("Idempotency-Key", key).send().expectStatus(201);

        ApiResponse retry = agent.post(HUMANS, ADA).header("Idempotency-Key", key).send().expectStatus(201);

        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.header("Content-Type")).startsWith("application/json");
        assertThat(retry.header("X-Request-Id")).isNotEqualTo(first.header("X-Request-Id"));
        assertThat(agent.listAll(HUMANS, 50)).hasSize(1);
    }

    @Test
    void anotherBodyUnderAUsedKeyIsRefused() {
        agent.post(HUMANS, ADA).header("Idempotency-Key", key).send().expectStatus(201);

        agent.post(HUMANS, ADA.replace("Ada", "Grace")).header("Idempotency-Key", key).send()
                .expectProblem(422, "IDEMPOTENCY_KEY_REUSED");

        assertThat(agent.listAll(HUMANS, 50)).hasSize(1);
    }

    @Test
    void anotherPathUnderAUsedKeyIsRefused() {
        String humanId = agent.post(HUMANS, ADA).header("Idempotency-Key", key).send().expectStatus(201).id();

        agent.post(HUMANS + "/" + humanId + "/emails", "{\"email\": \"ada@example.org\"}").header("Idempotency-Key", key)
                .send().expectProblem(422, "IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void anotherColleaguesKeyOfTheSameNameIsTheirOwn() {
        ApiClient otherAgent = api.as(Role.AGENT);
        ApiResponse mine = agent.post(HUMANS, ADA).header("Idempotency-Key", key).send().expectStatus(201);

        ApiResponse theirs = otherAgent.post(HUMANS, ADA).header("Idempotency-Key", key).send().expectStatus(201);

        assertThat(theirs.header("Idempotent-Replayed")).isNull();
        assertThat(theirs.id()).isNotEqualTo(mine.id());
        assertThat(agent.listAll(HUMANS, 50)).hasSize(2);
    }

    @Test
    void aFailedRequestCanBeCorrectedAndSentAgainUnderTheSameKey() {
        agent.post(HUMANS, ADA.replace("ada@example.com", "not-an-email")).header("Idempotency-Key", key)
                .offContract().send()
                .expectProblem(422, "VALIDATION_FAILED");

        ApiResponse corrected = agent.post(HUMANS, ADA).header("Idempotency-Key", key).send().expectStatus(201);

        assertThat(corrected.header("Idempotent-Replayed")).isNull();
        agent.post(HUMANS, ADA).header("Idempotency-Key", key).send().expectStatus(201);
        assertThat(agent.listAll(HUMANS, 50)).hasSize(1);
    }

    @Test
    void aRefusalByTheRoleReleasesTheKeyToo() {
        ApiClient viewer = api.as(Role.VIEWER);

        viewer.post(HUMANS, ADA).header("Idempotency-Key", key).send().expectProblem(403, "FORBIDDEN");
        viewer.post(HUMANS, ADA).header("Idempotency-Key", key).send().expectProblem(403, "FORBIDDEN");

        assertThat(api.crm.idempotencyKeys.size()).isZero();
    }

    @Test
    void concurrentRequestsUnderOneKeyCreateOneRecord() throws Exception {
        int callers = 12;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiResponse>> calls = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(callers)) {
            for (int i = 0; i < callers; i++) {
                calls.add(threads.submit(() -> {
                    start.await();
                    return agent.post(HUMANS, ADA).header("Idempotency-Key", key).send();
                }));
            }
            start.countDown();
            List<ApiResponse> responses = new ArrayList<>();
            for (Future<ApiResponse> call : calls) {
                responses.add(call.get());
            }
            List<ApiResponse> ran = responses.stream()
                    .filter(response -> response.status() == 201 && response.header("Idempotent-Replayed") == null)
                    .toList();
            assertThat(ran).hasSize(1);
            assertThat(responses).allSatisfy(response -> {
                if (response.status() == 409) {
                    assertThat(response.code()).isEqualTo("IDEMPOTENCY_KEY_IN_USE");
                } else {
                    assertThat(response.status()).isEqualTo(201);
                    assertThat(response.id()).isEqualTo(ran.getFirst().id());
                }
            });
        }
        assertThat(agent.listAll(HUMANS, 50)).hasSize(1);
    }

    @Test
    void aMalformedKeyIsRefused() {
        ApiResponse refused = agent.post(HUMANS, ADA).header("Idempotency-Key", "k".repeat(256)).offContract().send()
                .expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).containsOnlyKeys("Idempotency-Key");
        assertThat(agent.listAll(HUMANS, 50)).isEmpty();
    }

    @Test
    void withoutAKeyEveryRequestRuns() {
        agent.post(HUMANS, ADA).send().expectStatus(201);
        ApiResponse second = agent.post(HUMANS, ADA).send().expectStatus(201);

        assertThat(second.header("Idempotent-Replayed")).isNull();
        assertThat(agent.listAll(HUMANS, 50)).hasSize(2);
        assertThat(api.crm.idempotencyKeys.size()).isZero();
    }

    @Test
    void anActionWithoutABodyIsReplayedToo() {
        ApiClient admin = api.as(Role.ADMIN);
        Colleague owner = api.crm.colleague(Role.AGENT);
        String keyId = admin.post("/api/admin/api-keys", Map.of("colleagueId", owner.id().toString(), "name", "CI"))
                .send().expectStatus(201).id();

        ApiResponse revoked = admin.post("/api/admin/api-keys/" + keyId + "/revoke").header("Idempotency-Key", key)
                .send().expectStatus(200);
        ApiResponse retry = admin.post("/api/admin/api-keys/" + keyId + "/revoke").header("Idempotency-Key", key)
                .send().expectStatus(200);

        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(revoked.body());
        assertThat(retry.header("ETag")).isEqualTo(revoked.header("ETag"));
    }

    @Test
    void aNewApiKeysSecretIsNeitherKeptNorCreatedTwice() {
        ApiClient admin = api.as(Role.ADMIN);
        Colleague owner = api.crm.colleague(Role.AGENT);
        Map<String, String> body = Map.of("colleagueId", owner.id().toString(), "name", "CI");
        ApiResponse created = admin.post("/api/admin/api-keys", body).header("Idempotency-Key", key).send().expectStatus(201);

        admin.post("/api/admin/api-keys", body).header("Idempotency-Key", key).send()
                .expectProblem(409, "IDEMPOTENCY_RESPONSE_NOT_KEPT");

        assertThat(created.header("Cache-Control")).isEqualTo("no-store");
        assertThat(admin.listAll("/api/admin/api-keys?colleagueId=" + owner.id(), 50)).hasSize(1);
    }

    @Test
    void anAnonymousCallerIsRefusedBeforeTheKeyIsLookedAt() {
        api.anonymous().post(HUMANS, ADA).header("Idempotency-Key", "k".repeat(256)).offContract().send()
                .expectProblem(401, "AUTH_REQUIRED");

        assertThat(api.crm.idempotencyKeys.size()).isZero();
    }
}

package com.humanscrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.FakeGoogle;
import com.humanscrm.adapters.http.testing.Multipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Requests racing over one record, on PostgreSQL: of concurrent deletes exactly one answers 204 and writes
 * the audit entry, the others 404; of concurrent changes holding one version exactly one succeeds, the
 * others 412. For every kind of record the API deletes (humans, emails, phone numbers, lookup items,
 * documents, sessions) and for revoking a key.
 */
@Timeout(120)
class ConcurrentChangesTest {

    private static final int RACERS = 10;

    @TempDir
    static Path data;
    private static FakeGoogle google;
    private static RunningCrm crm;
    private static ApiClient admin;

    @BeforeAll
    static void start() {
        google = new FakeGoogle();
        crm = RunningCrm.start(data, GoogleSignIns.environment(google));
        admin = crm.admin();
    }

    @AfterAll
    static void stop() {
        try {
            crm.close();
        } finally {
            google.close();
        }
    }

    @Test
    void aHumanIsDeletedOnce() {
        String id = human("ada");

        assertOneWinner(race(() -> admin.delete("/api/humans/" + id).send()), 204, 404);
        assertThat(audited("human", id, "delete")).isEqualTo(1);
    }

    @Test
    void anEmailIsRemovedOnce() {
        String human = human("grace");
        String email = admin.post("/api/humans/" + human + "/emails", "{\"email\": \"grace@navy.example\"}").send()
                .expectStatus(201).id();

        assertOneWinner(race(() -> admin.delete("/api/humans/" + human + "/emails/" + email).send()), 204, 404);
        assertThat(audited("human", human, "update")).as("the add and one removal").isEqualTo(2);
    }

    @Test
    void aPhoneNumberIsRemovedOnce() {
        String human = human("alan");
        String phone = admin.post("/api/humans/" + human + "/phone-numbers", "{\"number\": \"+442079460000\"}").send()
                .expectStatus(201).id();

        assertOneWinner(race(() -> admin.delete("/api/humans/" + human + "/phone-numbers/" + phone).send()), 204, 404);
        assertThat(audited("human", human, "update")).isEqualTo(2);
    }

    @Test
    void aLookupItemIsRemovedOnce() {
        String item = admin.post("/api/lookup-lists/human-email-labels/items", "{\"name\": \"Racing\"}").send().expectStatus(201).id();

        assertOneWinner(race(() -> admin.delete("/api/lookup-lists/human-email-labels/items/" + item).send()), 204, 404);
        assertThat(audited("lookup_item", item, "delete")).isEqualTo(1);
    }

    @Test
    void aDocumentIsDeletedOnce() {
        String human = human("katherine");
        String document = admin.post("/api/documents", Multipart.upload("human", human, "notes.txt",
                "orbits".getBytes(StandardCharsets.UTF_8))).send().expectStatus(201).id();

        assertOneWinner(race(() -> admin.delete("/api/documents/" + document).send()), 204, 404);
        assertThat(audited("document", document, "delete")).isEqualTo(1);
    }

    @Test
    void aSessionIsEndedOnce() throws Exception {
        crm.crm("colleagues", "add", "--email", "grace@example.com", "--first-name", "Grace", "--last-name", "Hopper", "--role", "agent");
        GoogleSignIns.signIn(google, crm.port(), crm.port(), "google-grace", "grace@example.com");
        String grace = admin.get("/api/admin/colleagues?limit=200").send().expectStatus(200).data().valueStream()
                .filter(colleague -> colleague.get("email").asString().equals("grace@example.com")).findFirst().orElseThrow()
                .get("id").asString();
        String session = admin.get("/api/admin/colleagues/" + grace + "/sessions").send().expectStatus(200).data().get(0)
                .get("id").asString();

        assertOneWinner(race(() -> admin.delete("/api/admin/sessions/" + session).send()), 204, 404);
        assertThat(audited("session", session, "delete")).isEqualTo(1);
    }

    @Test
    void anApiKeyIsRevokedOnceAndEveryRevocationSaysSo() {
        String colleague = admin.get("/auth/me").send().expectStatus(200).data().get("id").asString();
        String key = admin.post("/api/admin/api-keys", Map.of("colleagueId", colleague, "name", "racing")).send()
                .expectStatus(201).id();

        List<Integer> statuses = race(() -> admin.post("/api/admin/api-keys/" + key + "/revoke").send());

        assertThat(statuses).containsOnly(200);
        assertThat(audited("api_key", key, "update")).isEqualTo(1);
    }

    @Test
    void ofChangesHoldingOneVersionExactlyOneSucceedsAndTheOthersAreStale() {
        String id = human("mary");

        assertOneWinner(race(() -> admin.patch("/api/humans/" + id, Map.of("status", "active")).ifMatch("\"1\"").send()), 200, 412);
        assertThat(admin.get("/api/humans/" + id).send().header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveOneOfThemAdmin() throws Exception {
        String grace = newAdmin("grace.admin@example.com");
        String alan = newAdmin("alan.admin@example.com");
        ApiClient asGrace = admin.withApiKey(crm.crm("api-keys", "create", "--email", "grace.admin@example.com", "--name", "r").getLast());
        ApiClient asAlan = admin.withApiKey(crm.crm("api-keys", "create", "--email", "alan.admin@example.com", "--name", "r").getLast());

        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService racers = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Integer> graceDemotesAlan = racers.submit(() -> {
                start.await();
                return asGrace.patch("/api/admin/colleagues/" + alan, Map.of("role", "agent")).send().status();
            });
            Future<Integer> alanDemotesGrace = racers.submit(() -> {
                start.await();
                return asAlan.patch("/api/admin/colleagues/" + grace, Map.of("role", "agent")).send().status();
            });
            start.countDown();
            assertThat(List.of(graceDemotesAlan.get(), alanDemotesGrace.get())).containsExactlyInAnyOrder(200, 403);
        }

        assertThat(List.of(role(asGrace), role(asAlan))).containsExactlyInAnyOrder("admin", "agent");
    }

    private static String newAdmin(String email) {
        return admin.post("/api/admin/colleagues", Map.of("email", email, "firstName", "Racing", "lastName", "Admin",
                "role", "admin")).send().expectStatus(201).id();
    }

    private static String role(ApiClient caller) {
        return caller.get("/auth/me").send().expectStatus(200).data().get("role").asString();
    }

    @Test
    void changesWithoutAVersionAllApplyOneAfterTheOther() {
        String id = human("hedy");

        List<Integer> statuses = race(() -> admin.post("/api/humans/" + id + "/emails",
                "{\"email\": \"hedy+" + Thread.currentThread().threadId() + "@example.com\"}").send());

        assertThat(statuses).containsOnly(201);
        assertThat(admin.get("/api/humans/" + id).send().data().get("emails")).hasSize(RACERS + 1);
    }

    @Test
    void deletesHoldingAnOldVersionAreAllRefused() {
        String id = human("joan");
        admin.patch("/api/humans/" + id, Map.of("status", "active")).send().expectStatus(200);

        assertThat(race(() -> admin.delete("/api/humans/" + id).ifMatch("\"1\"").send())).containsOnly(412);
        assertThat(audited("human", id, "delete")).isZero();
    }

    private static String human(String name) {
        return admin.post("/api/humans", """
                {"firstName": "%s", "lastName": "Racer", "types": ["client"], "emails": [{"email": "%s@example.com"}]}
                """.formatted(name, name)).send().expectStatus(201).id();
    }

    /** The statuses of {@value RACERS} copies of one request, released together. */
    private static List<Integer> race(Supplier<ApiResponse> request) {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService racers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                answers.add(racers.submit(() -> {
                    start.await();
                    return request.get().status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } catch (Exception e) {
            throw new AssertionError("A racing request failed", e);
        }
    }

    private static void assertOneWinner(List<Integer> statuses, int winner, int losers) {
        assertThat(statuses).as("statuses %s", statuses).containsOnly(winner, losers);
        assertThat(statuses.stream().filter(status -> status == winner)).as("statuses %s", statuses).hasSize(1);
    }

    private static long audited(String entityType, String entityId, String action) {
        JsonNode entries = admin.get("/api/audit-log?entityType=" + entityType + "&entityId=" + entityId + "&limit=200").send().expectStatus(200).data();
        long count = 0;
        for (JsonNode entry : entries) {
            count += entry.get("action").asString().equals(action) ? 1 : 0;
        }
        return count;
    }
}

package com.humanscrm.bootstrap.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.FakeGoogle;
import com.humanscrm.adapters.http.testing.Multipart;
import com.humanscrm.adapters.http.testing.RawHttp;
import com.humanscrm.adapters.http.testing.RawHttp.Answer;
import com.humanscrm.bootstrap.GoogleSignIns;
import com.humanscrm.bootstrap.RunningCrm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of the OpenAPI document the server serves (so a new one is fuzzed from the day it is
 * documented), sent a few hundred requests with things wrong, over real HTTP to the real CRM on
 * PostgreSQL. None may end in a 5xx, be an error in another format than problem+json, or take over
 * {@value #SLOWEST_MILLIS} ms.
 *
 * <p>{@code -Dcrm.fuzz.requests=N} sets the requests per operation (default {@value #DEFAULT_REQUESTS}),
 * {@code -Dcrm.fuzz.seed=S} another seed than the fixed default (the run prints the one it used, so a failure
 * can be replayed).
 */
class ApiFuzzTest {

    private static final int DEFAULT_REQUESTS = 120;
    /** The test command sends the same requests every time, so a red build is the code's doing; other seeds explore. */
    private static final long DEFAULT_SEED = 20_261_202;
    private static final long SLOWEST_MILLIS = 2_000;
    private static final int FAILURES_SHOWN = 40;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path data;
    private FakeGoogle google;
    private RunningCrm crm;

    @BeforeEach
    void start() {
        google = new FakeGoogle();
        Map<String, String> env = new HashMap<>(GoogleSignIns.environment(google));
        // A fuzzer sends bad keys by the thousand; the limits on them are tested elsewhere and would stop this run.
        env.putAll(Map.of("CRM_RATE_LIMIT_FAILED_AUTHENTICATIONS_PER_MINUTE", "1000000", "CRM_RATE_LIMIT_SIGN_INS_PER_MINUTE", "1000000"));
        crm = RunningCrm.start(data, env);
    }

    @AfterEach
    void stop() {
        try {
            crm.close();
        } finally {
            google.close();
        }
    }

    @Test
    void noRequestToAnyOperationEndsInAServerErrorAnotherFormatOrASlowAnswer() throws Exception {
        int perOperation = Integer.getInteger("crm.fuzz.requests", DEFAULT_REQUESTS);
        long seed = Long.getLong("crm.fuzz.seed", DEFAULT_SEED);
        Random random = new Random(seed);
        ApiClient admin = crm.admin();
        JsonNode document = JSON.readTree(admin.get("/openapi.json").send().expectStatus(200).body());
        Schemas schemas = new Schemas(document, random);
        List<Operation> operations = Operation.of(document, schemas);
        Mutations mutations = new Mutations(random, schemas, records(admin, google, crm.port()), crm.adminKey());
        RawHttp raw = new RawHttp("127.0.0.1", crm.port());

        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        Set<String> kinds = new LinkedHashSet<>();
        long slowest = 0;
        int failed = 0;
        int sent = 0;
        for (Operation operation : operations) {
            for (int i = 0; i < perOperation; i++) {
                Request request = mutations.next(operation);
                long started = System.nanoTime();
                Answer answer;
                try {
                    answer = raw.send(request.method() + " " + request.target() + " HTTP/1.1", request.wireHeaders(),
                            request.wireBody(), request.truncated(), Duration.ofSeconds(10));
                } catch (RuntimeException | AssertionError e) {
                    failed++;
                    failures.add(operation + ": no answer (" + e.getMessage() + ") to " + request);
                    continue;
                }
                long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
                sent++;
                slowest = Math.max(slowest, millis);
                statuses.merge(answer.status(), 1, Integer::sum);
                String problem = problemWith(request, answer, millis);
                if (problem != null) {
                    failed++;
                    if (kinds.add(operation + " " + answer.status())) {
                        failures.add(operation + ": " + problem + " to " + request);
                    }
                }
            }
        }

        System.out.printf("API fuzz (seed %d): %d operations, %d requests, statuses %s, slowest %d ms, %d failures%n",
                seed, operations.size(), sent, statuses, slowest, failed);
        assertThat(failures).withFailMessage("seed %d: %d kinds of failure (operation and status); one request of each:%n%s",
                seed, failures.size(),
                String.join("\n", failures.subList(0, Math.min(FAILURES_SHOWN, failures.size())))).isEmpty();
        assertThat(operations.size()).as("operations fuzzed").isGreaterThan(40);
    }

    private static String problemWith(Request request, Answer answer, long millis) {
        if (answer.status() >= 500) {
            return answer.status() + " " + answer.text();
        }
        if (millis > SLOWEST_MILLIS) {
            return "an answer after " + millis + " ms";
        }
        if (answer.status() >= 400) {
            String type = answer.header("Content-Type");
            boolean problemType = type != null && type.startsWith("application/problem+json");
            if (!problemType || !request.method().equals("HEAD") && !answer.text().contains("\"requestId\"")) {
                return "an error that is not problem+json: " + answer;
            }
        }
        return null;
    }

    /**
     * Records for the requests to work on, by the path up to the parameter that names them. Nothing the
     * fuzzer's own key depends on is among them: it changes another colleague, and revokes another key.
     */
    private static Map<String, List<String>> records(ApiClient admin, FakeGoogle google, int port) throws Exception {
        String human = admin.post("/api/humans", """
                {"firstName": "Fuzz", "lastName": "Target", "types": ["client"], "emails": [{"email": "target@example.com"}],
                 "phones": [{"number": "+442079460000"}]}""").send().expectStatus(201).id();
        JsonNode detail = admin.get("/api/humans/" + human).send().expectStatus(200).data();
        String document = admin.post("/api/documents", Multipart.upload("human", human, "a.txt",
                "fuzz".getBytes(StandardCharsets.UTF_8))).send().expectStatus(201).id();
        String item = admin.post("/api/lookup-lists/human-email-labels/items", "{\"name\": \"Fuzzed\"}").send().expectStatus(201).id();
        String colleague = admin.post("/api/admin/colleagues", Map.of("email", "target@example.com", "firstName", "Target",
                "lastName", "Colleague", "role", "agent")).send().expectStatus(201).id();
        String key = admin.post("/api/admin/api-keys", Map.of("colleagueId", colleague, "name", "target")).send()
                .expectStatus(201).id();
        GoogleSignIns.signIn(google, port, port, "google-target", "target@example.com");
        String session = admin.get("/api/admin/colleagues/" + colleague + "/sessions").send().expectStatus(200).data().get(0)
                .get("id").asString();
        Map<String, List<String>> ids = new LinkedHashMap<>();
        ids.put("/api/humans/{id}", List.of(human));
        ids.put("/api/humans/{id}/emails/{emailId}", List.of(detail.at("/emails/0/id").asString()));
        ids.put("/api/humans/{id}/phone-numbers/{phoneId}", List.of(detail.at("/phones/0/id").asString()));
        ids.put("/api/documents/{id}", List.of(document));
        ids.put("/api/lookup-lists/{list}", List.of("human-email-labels", "human-phone-labels", "account-types"));
        ids.put("/api/lookup-lists/{list}/items/{id}", List.of(item));
        ids.put("/api/admin/colleagues/{id}", List.of(colleague));
        ids.put("/api/admin/api-keys/{id}", List.of(key));
        ids.put("/api/admin/sessions/{id}", List.of(session));
        return ids;
    }
}

package com.humanscrm.adapters.http.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.HttpSettings;
import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.HttpTestServer;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.application.UseCases;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.shared.UnavailableException;
import com.humanscrm.application.testing.DelegatingStorage;
import com.humanscrm.application.testing.InMemoryCrm;
import com.humanscrm.domain.colleague.Role;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();
    private final ApiClient agent = api.as(Role.AGENT);

    @Test
    void anErrorIsProblemJsonWithAStableTypeAndTheRequestId() {
        ApiResponse problem = agent.get("/api/humans/019b78c9-0a80-76af-a125-98748c3f5803").send()
                .expectProblem(404, "HUMAN_NOT_FOUND");

        assertThat(problem.header("Content-Type")).startsWith("application/problem+json");
        assertThat(problem.json().get("type").asString()).isEqualTo("https://humans-crm.dev/problems/human-not-found");
        assertThat(problem.json().get("title").asString()).isEqualTo("Human not found");
        assertThat(problem.json().get("status").asInt()).isEqualTo(404);
        assertThat(problem.json().get("requestId").asString()).isEqualTo(problem.header("X-Request-Id"));
    }

    @Test
    void anUnknownPathIsNotFoundForEveryone() {
        api.anonymous().get("/api/unicorns").offContract().send().expectProblem(404, "NOT_FOUND");
        agent.get("/api/unicorns").offContract().send().expectProblem(404, "NOT_FOUND");
        agent.get("/").offContract().send().expectProblem(404, "NOT_FOUND");
    }

    @Test
    void aKnownPathWithTheWrongMethodIsNotAllowedAndSaysWhatIs() {
        ApiResponse refused = agent.call("PUT", "/api/humans", "{}").offContract().send()
                .expectProblem(405, "METHOD_NOT_ALLOWED");

        assertThat(refused.header("Allow")).contains("GET", "POST");
        api.anonymous().delete("/api/humans").offContract().send().expectProblem(405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        agent.post("/api/humans", "firstName=Ada").contentType("application/x-www-form-urlencoded").offContract().send()
                .expectProblem(415, "UNSUPPORTED_MEDIA_TYPE");
        agent.post("/api/humans", "{}").contentType("text/plain").offContract().send()
                .expectProblem(415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void jsonWithACharsetIsStillJson() {
        agent.post("/api/humans", "{}").contentType("application/json; charset=utf-8").offContract().send()
                .expectProblem(422, "VALIDATION_FAILED");
    }

    /** Jackson's own words name Java types; a client is told in JSON's terms what the field must be. */
    @Test
    void aValueOfTheWrongShapeSaysWhatTheFieldMustBe() {
        ApiResponse notAList = agent.post("/api/humans", "{\"emails\": {\"email\": \"ada@example.com\"}}").offContract()
                .send().expectProblem(422, "VALIDATION_FAILED");
        ApiResponse notAnObject = agent.post("/api/humans", "{\"emails\": [\"ada@example.com\"]}").offContract()
                .send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(notAList.fieldErrors()).isEqualTo(Map.of("emails", List.of("must be an array")));
        assertThat(notAnObject.fieldErrors()).isEqualTo(Map.of("emails[0]", List.of("must be an object")));
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        InMemoryCrm crm = new InMemoryCrm();
        try (HttpTestServer small = HttpTestServer.start(new HttpSettings(HttpSettings.LOOPBACK, 0, 1024), crm.useCases, () -> true)) {
            String name = "x".repeat(2048);

            small.client().withApiKey(crm.apiKey(Role.AGENT))
                    .post("/api/humans", "{\"firstName\": \"" + name + "\"}").offContract().send()
                    .expectProblem(413, "PAYLOAD_TOO_LARGE");
        }
    }

    @Test
    void whatJettyRefusesBeforeRoutingIsAProblemToo() throws IOException {
        try (Socket socket = new Socket("localhost", api.server.uri().getPort())) {
            socket.getOutputStream().write("GET /api/humans/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));

            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json")
                    .contains("\"code\":\"MALFORMED_REQUEST\"").contains("X-Request-Id: ");
        }
    }

    @Test
    void aBugIsAServerErrorThatTellsNothingButTheRequestId() {
        InMemoryCrm crm = new InMemoryCrm();
        try (HttpTestServer server = serverWhoseHumansFailWith(crm, new IllegalStateException("secret connection string"))) {
            ApiResponse failed = server.client().withApiKey(crm.apiKey(Role.AGENT)).get("/api/humans")
                    .header("X-Request-Id", "trace-me").send().expectProblem(500, "INTERNAL_ERROR");

            assertThat(failed.json().get("requestId").asString()).isEqualTo("trace-me");
            assertThat(failed.body()).doesNotContain("secret").doesNotContain("IllegalStateException");
            assertThat(failed.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(failed.header("X-Frame-Options")).isEqualTo("DENY");
        }
    }

    @Test
    void anUnreachableDatabaseIsServiceUnavailableWithAHintWhenToRetry() {
        InMemoryCrm crm = new InMemoryCrm();
        UnavailableException outage = new UnavailableException("The database cannot be reached just now", new IOException("refused"));
        try (HttpTestServer server = serverWhoseHumansFailWith(crm, outage)) {
            ApiResponse failed = server.client().withApiKey(crm.apiKey(Role.AGENT)).get("/api/humans").send()
                    .expectProblem(503, "UNAVAILABLE");

            assertThat(failed.header("Retry-After")).isEqualTo("5");
        }
    }

    private static HttpTestServer serverWhoseHumansFailWith(InMemoryCrm crm, RuntimeException failure) {
        HumanRepository broken = (HumanRepository) Proxy.newProxyInstance(ProblemsTest.class.getClassLoader(),
                new Class<?>[] {HumanRepository.class}, (proxy, method, args) -> {
                    throw failure;
                });
        UseCases useCases = crm.useCasesWith(ports -> ports.withStorage(DelegatingStorage.withHumans(ports.storage(), broken)));
        return HttpTestServer.start(new HttpSettings(0), useCases, () -> true);
    }
}

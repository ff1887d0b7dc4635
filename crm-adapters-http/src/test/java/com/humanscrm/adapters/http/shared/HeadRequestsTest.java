package com.humanscrm.adapters.http.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.domain.colleague.Role;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** HEAD answers as GET would, without the body, on every GET route. */
class HeadRequestsTest {

    /** Headers that differ between any two answers. */
    private static final Set<String> PER_ANSWER = Set.of("date", "x-request-id");

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();
    private final ApiClient agent = api.as(Role.AGENT);

    private String human() {
        return agent.post("/api/humans", """
                {"firstName": "Ada", "lastName": "Lovelace", "types": ["client"], "emails": [{"email": "ada@example.com"}]}
                """).send().expectStatus(201).id();
    }

    @Test
    void aRecordsHeadHasItsETagAndEveryHeaderOfItsGetButNoBody() {
        String path = "/api/humans/" + human();
        ApiResponse get = agent.get(path).send().expectStatus(200);

        ApiResponse head = agent.head(path).send().expectStatus(200);

        assertThat(head.header("ETag")).isEqualTo("\"1\"");
        assertThat(head.bytes()).isEmpty();
        assertThat(comparable(head)).isEqualTo(comparable(get));
    }

    @Test
    void aListsHeadHasTheHeadersOfItsGet() {
        human();
        ApiResponse get = agent.get("/api/humans?limit=10").send().expectStatus(200);

        ApiResponse head = agent.head("/api/humans?limit=10").send().expectStatus(200);

        assertThat(comparable(head)).isEqualTo(comparable(get));
    }

    @Test
    void aHeadWithoutAKeyIsRefusedAsItsGetIs() {
        ApiResponse refused = api.anonymous().head("/api/humans/" + UUID.randomUUID()).offContract().send()
                .expectProblem(401, "AUTH_REQUIRED");

        assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(refused.header(RequestIds.HEADER)).isNotBlank();
    }

    @Test
    void aHeadOfAnUnknownRecordIsNotFound() {
        ApiResponse missing = agent.head("/api/humans/" + UUID.randomUUID()).send().expectProblem(404, "HUMAN_NOT_FOUND");

        assertThat(comparable(missing)).isEqualTo(comparable(agent.get("/api/humans/" + UUID.randomUUID()).send()));
    }

    @Test
    void aHeadTheRoleMayNotGetIsForbidden() {
        api.as(Role.AGENT).head("/api/admin/colleagues").send().expectProblem(403, "FORBIDDEN");
    }

    @Test
    void publicRoutesAnswerHeadWithoutAKey() {
        ApiResponse spec = api.anonymous().head("/openapi.json").send().expectStatus(200);

        assertThat(spec.header("Content-Type")).startsWith("application/json");
        assertThat(api.anonymous().head("/health/ready").send().expectStatus(200).bytes()).isEmpty();
    }

    @Test
    void aPathWithNoGetStillRefusesHead() {
        agent.head("/api/admin/documents/reconcile").offContract().send().expectProblem(405, "METHOD_NOT_ALLOWED");
        agent.head("/api/nothing-here").offContract().send().expectProblem(404, "NOT_FOUND");
    }

    @Test
    void aHeadNeitherStartsNorCompletesASignIn() throws Exception {
        // Javalin's own empty answer, which the document does not describe: sent around the contract check.
        for (String path : List.of("auth/google/login", "auth/google/callback?state=s&code=c")) {
            HttpResponse<Void> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.server.uri().resolve(path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());

            assertThat(answer.headers().firstValue("Location")).as(path).isEmpty();
            assertThat(answer.headers().firstValue("Set-Cookie")).as(path).isEmpty();
        }
        assertThat(api.crm.signInAttempts.all()).isEmpty();
    }

    @Test
    void theVerbsAllowedOnAPathIncludeHeadWhereTheyIncludeGet() {
        ApiResponse refused = agent.call("PUT", "/api/humans", null).offContract().send()
                .expectProblem(405, "METHOD_NOT_ALLOWED");

        assertThat(refused.header("Allow")).contains("GET", "HEAD", "POST");
    }

    /** Every header but those that differ between any two answers, by lower-case name. */
    private static Map<String, List<String>> comparable(ApiResponse response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.headerMap().forEach((name, values) -> {
            if (!PER_ANSWER.contains(name.toLowerCase())) {
                headers.put(name.toLowerCase(), values);
            }
        });
        return headers;
    }
}

package com.humanscrm.adapters.http.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.BrowserSettings;
import com.humanscrm.adapters.http.HttpSettings;
import com.humanscrm.adapters.http.RateLimits;
import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.application.testing.InMemoryCrm;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.session.Session;
import com.humanscrm.domain.session.SessionToken;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class BrowserSafetyTest {

    private static final String APP = "https://crm.example.com";
    private static final String PARTNER = "http://localhost:5173";
    private static final String EVIL = "https://evil.example";
    private static final Map<String, String> ALWAYS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer");
    private static final HttpClient RAW = HttpClient.newHttpClient();

    @AutoClose
    private final InMemoryApi api = api(URI.create(APP + "/app"), new RateLimits(10_000, 10_000));
    private final ApiClient agent = api.as(Role.AGENT);

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndHstsUnderAnHttpsApp() {
        String secret = api.crm.apiKey(Role.AGENT);
        ApiClient stranger = api.anonymous().withApiKey("crm_not-a-real-key");
        var answers = Map.of(
                "200", api.anonymous().get("/health/live").send().expectStatus(200),
                "201", agent.post("/api/humans", human("Ada")).send().expectStatus(201),
                "404 path", agent.get("/api/unicorns").offContract().send().expectStatus(404),
                "404 record", agent.get("/api/humans/019b78c9-0a80-76af-a125-98748c3f5803").send().expectStatus(404),
                "405", agent.call("PUT", "/api/humans", "{}").offContract().send().expectStatus(405),
                "401", stranger.get("/api/humans").send().expectStatus(401),
                "422", api.anonymous().withApiKey(secret).post("/api/humans", "{}").offContract().send().expectStatus(422),
                "docs", api.anonymous().get("/docs").send().expectStatus(200));

        answers.forEach((what, answer) -> {
            ALWAYS.forEach((name, value) -> assertThat(answer.header(name)).as("%s on %s", name, what).isEqualTo(value));
            assertThat(answer.header("Strict-Transport-Security")).as("HSTS on %s", what)
                    .isEqualTo("max-age=31536000; includeSubDomains");
        });
    }

    @Test
    void anAppServedOverPlainHttpGetsNoHsts() {
        try (InMemoryApi local = api(URI.create("http://localhost:8080"), new RateLimits(10_000, 10_000))) {
            ApiResponse answer = local.anonymous().get("/health/live").send().expectStatus(200);

            ALWAYS.forEach((name, value) -> assertThat(answer.header(name)).isEqualTo(value));
            assertThat(answer.header("Strict-Transport-Security")).isNull();
        }
    }

    @Test
    void whatJettyRefusesBeforeRoutingCarriesTheSecurityHeadersToo() throws IOException {
        try (Socket socket = new Socket("localhost", api.server.uri().getPort())) {
            socket.getOutputStream().write("GET /api/humans/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));

            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400");
            ALWAYS.forEach((name, value) -> assertThat(answer).contains(name + ": " + value));
        }
    }

    @Test
    void aPreflightFromATrustedOriginIsAllowedWithCredentials() {
        for (String origin : Set.of(APP, PARTNER)) {
            HttpResponse<String> preflight = preflight("/api/humans", origin);

            assertThat(preflight.statusCode()).isEqualTo(200);
            HttpHeaders headers = preflight.headers();
            assertThat(headers.firstValue("Access-Control-Allow-Origin")).hasValue(origin);
            assertThat(headers.firstValue("Access-Control-Allow-Credentials")).hasValue("true");
            assertThat(headers.firstValue("Access-Control-Allow-Methods")).hasValue("POST");
            assertThat(headers.firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
                    .contains("content-type", "idempotency-key");
            assertThat(headers.firstValue("Access-Control-Max-Age")).hasValue("600");
        }
    }

    @Test
    void aPreflightFromAnyOtherOriginIsNotAllowed() {
        HttpResponse<String> preflight = preflight("/api/humans", EVIL);

        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void aTrustedPageMayReadTheAnswersAndTheirHeaders() {
        ApiResponse answer = agent.get("/api/humans").header("Origin", PARTNER).send().expectStatus(200);

        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo(PARTNER);
        assertThat(answer.header("Access-Control-Allow-Credentials")).isEqualTo("true");
        assertThat(answer.header("Access-Control-Expose-Headers")).contains("ETag", "Location", "X-Request-Id",
                "Idempotent-Replayed", "Retry-After");
    }

    @Test
    void anotherPageGetsNoCorsHeadersButTheAnswerIsOtherwiseUnchanged() {
        ApiResponse answer = agent.get("/api/humans").header("Origin", EVIL).send().expectStatus(200);

        assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void aProgramWithAnApiKeyMayChangeThingsWithoutAnyOriginOrFromAnyOrigin() {
        agent.post("/api/humans", human("Ada")).send().expectStatus(201);
        agent.post("/api/humans", human("Bob")).header("Origin", EVIL).send().expectStatus(201);
    }

    @Test
    void everyAnswerToASignedInCallerIsKeptByNoCacheAndVariesByCookie() {
        String token = SessionToken.generate().value();
        api.crm.sessions.add(Session.start(api.crm.colleague(Role.AGENT).id(), new SessionToken(token), "Firefox",
                "127.0.0.1", api.crm.clock));
        var answers = Map.of(
                "by key", agent.get("/api/humans").send().expectStatus(200),
                "by key, refused", agent.get("/api/humans/019b78c9-0a80-76af-a125-98748c3f5803").send().expectStatus(404),
                "by cookie", api.anonymous().get("/api/humans").header("Cookie", "humans_session=" + token).send()
                        .expectStatus(200),
                "by cookie, from a trusted page", api.anonymous().get("/api/humans").header("Cookie", "humans_session=" + token)
                        .header("Origin", PARTNER).send().expectStatus(200),
                "me", api.anonymous().get("/auth/me").header("Cookie", "humans_session=" + token).send().expectStatus(200));

        answers.forEach((what, answer) -> {
            assertThat(answer.header("Cache-Control")).as("Cache-Control %s", what).isEqualTo("no-store");
            assertThat(answer.headers("Vary")).as("Vary %s", what).hasSize(1);
            assertThat(answer.header("Vary")).as("Vary %s", what).containsIgnoringCase("Cookie");
        });
        assertThat(answers.get("by cookie, from a trusted page").header("Vary")).contains("Origin");
        assertThat(api.anonymous().get("/health/live").send().expectStatus(200).header("Cache-Control")).isNull();
    }

    @Test
    void aNewRecordIsStillReplayedToARetryThoughItsAnswerIsNotToBeStored() {
        ApiResponse first = agent.post("/api/humans", human("Ada")).header("Idempotency-Key", "k-1").send().expectStatus(201);
        ApiResponse retry = agent.post("/api/humans", human("Ada")).header("Idempotency-Key", "k-1").send().expectStatus(201);

        assertThat(first.header("Cache-Control")).isEqualTo("no-store");
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.id()).isEqualTo(first.id());
    }

    @Test
    void anAddressWhoseCredentialsKeepFailingIsSlowedDownEvenWithAGoodKey() {
        try (InMemoryApi limited = api(URI.create(APP), new RateLimits(10_000, 3))) {
            ApiClient stranger = limited.anonymous().withApiKey("crm_not-a-real-key");
            ApiClient colleague = limited.as(Role.VIEWER);
            colleague.get("/api/humans").send().expectStatus(200);
            for (int i = 0; i < 3; i++) {
                stranger.get("/api/humans").send().expectProblem(401, "AUTH_INVALID");
            }

            ApiResponse refused = stranger.get("/api/humans").send().expectProblem(429, "RATE_LIMITED");

            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
            colleague.get("/api/humans").send().expectProblem(429, "RATE_LIMITED");
            limited.anonymous().get("/health/live").send().expectStatus(200);
        }
    }

    @Test
    void successesDoNotCountAgainstTheLimit() {
        try (InMemoryApi limited = api(URI.create(APP), new RateLimits(10_000, 1))) {
            ApiClient colleague = limited.as(Role.VIEWER);
            for (int i = 0; i < 5; i++) {
                colleague.get("/api/humans").send().expectStatus(200);
            }
        }
    }

    static String human(String firstName) {
        return """
                {"firstName": "%s", "lastName": "Lovelace", "types": ["client"], "emails": [{"email": "%s@example.com"}]}
                """.formatted(firstName, firstName.toLowerCase());
    }

    private HttpResponse<String> preflight(String path, String origin) {
        HttpRequest request = HttpRequest.newBuilder(api.server.uri().resolve(path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,idempotency-key")
                .build();
        try {
            return RAW.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static InMemoryApi api(URI appUrl, RateLimits limits) {
        return new InMemoryApi(new InMemoryCrm(), new HttpSettings(0)
                .withBrowser(new BrowserSettings(appUrl, Set.of(PARTNER), true, limits)));
    }
}

package com.humanscrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.FakeGoogle;
import com.humanscrm.adapters.persistence.DatabaseSettings;
import com.humanscrm.adapters.persistence.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two CRM servers on one database, as behind a load balancer, with Google played by mock-oauth2-server:
 * a browser signs in through one and the other, and what one instance changes (a sign-out, a deactivation,
 * a role) holds on the other from the next request, though each caches sessions in memory.
 */
@Timeout(120)
class SessionsAcrossInstancesTest {

    private static final String APP = GoogleSignIns.APP;
    /**
     * PostgreSQL hands a notification to the other instance's listener right after the commit that sent
     * it, while the test's next request is already on its way: the two race over a few milliseconds. So a
     * refusal is awaited at most this long; in practice it comes on the very next request (no repeat was
     * needed in repeated runs), and the bound only keeps a slow machine from failing the test.
     */
    private static final Duration NOTIFICATION_BOUND = Duration.ofSeconds(1);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A browser that is driven step by step: it follows no redirect and keeps no cookie of its own. */
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final FakeGoogle GOOGLE = new FakeGoogle();

    @TempDir
    Path data;

    private Map<String, String> env;
    private CrmServer a;
    private CrmServer b;
    private String adminKey;

    @AfterAll
    static void stopGoogle() {
        GOOGLE.close();
    }

    @BeforeEach
    void twoInstancesOnOneDatabase() {
        DatabaseSettings database = TestDatabase.freshDatabase();
        env = new HashMap<>(Map.of("CRM_PORT", "0", "CRM_DATA_DIR", data.toString(),
                "CRM_DATABASE_URL", database.jdbcUrl(), "CRM_DATABASE_USER", database.user()));
        if (database.password() != null) {
            env.put("CRM_DATABASE_PASSWORD", database.password());
        }
        env.putAll(GoogleSignIns.environment(GOOGLE));
        adminKey = RunningCrm.firstAdminKey(env);
        a = CrmServer.start(Settings.from(env));
        b = CrmServer.start(Settings.from(env));
    }

    @AfterEach
    void stopBoth() {
        try {
            if (a != null) {
                a.close();
            }
        } finally {
            if (b != null) {
                b.close();
            }
        }
    }

    @Test
    void aSessionBegunOnOneInstanceWorksOnTheOtherAndASignOutOnEitherEndsItOnBoth() throws Exception {
        crm("colleagues", "add", "--email", "grace@example.com", "--first-name", "Grace", "--last-name", "Hopper",
                "--role", "agent");

        // The sign-in starts on A and Google sends the browser back to B: the state is in the shared database.
        String session = signIn(a, b, "google-grace", "grace@example.com");

        JsonNode me = json(send(a, "GET", "/auth/me", session, null));
        assertThat(me.at("/data/email").asString()).isEqualTo("grace@example.com");
        assertThat(me.at("/data/role").asString()).isEqualTo("agent");
        assertThat(send(a, "GET", "/api/humans", session, null).statusCode()).as("A has the session cached now").isEqualTo(200);
        assertThat(send(b, "GET", "/api/humans", session, null).statusCode()).isEqualTo(200);

        assertThat(send(b, "POST", "/auth/logout", session, null).statusCode()).isEqualTo(204);

        HttpResponse<String> meOnA = awaitOn(a, "GET", "/auth/me", session, null,
                response -> json(response).at("/data").isNull());
        assertThat(json(meOnA).at("/data").isNull()).as(meOnA.body()).isTrue();
        assertThat(send(a, "GET", "/api/humans", session, null).statusCode()).isEqualTo(401);
        assertThat(send(b, "GET", "/api/humans", session, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aColleagueDeactivatedThroughOneInstanceIsRefusedOnTheOther() throws Exception {
        crm("colleagues", "add", "--email", "alan@example.com", "--first-name", "Alan", "--last-name", "Turing",
                "--role", "agent");
        String session = signIn(a, b, "google-alan", "alan@example.com");
        String alanId = json(send(b, "GET", "/auth/me", session, null)).at("/data/id").asString();
        assertThat(send(b, "GET", "/api/humans", session, null).statusCode()).as("B has the session cached now").isEqualTo(200);

        HttpResponse<String> deactivated = withKey(a, "PATCH", "/api/admin/colleagues/" + alanId, "{\"isActive\": false}");
        assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);

        HttpResponse<String> refused = awaitOn(b, "GET", "/api/humans", session, null, status(401));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
        assertThat(json(refused).at("/code").asString()).isEqualTo("AUTH_INVALID");
    }

    @Test
    void aRoleLoweredThroughOneInstanceBindsTheSessionOnTheOther() throws Exception {
        crm("colleagues", "add", "--email", "katherine@example.com", "--first-name", "Katherine", "--last-name", "Johnson",
                "--role", "admin");
        String session = signIn(b, a, "google-katherine", "katherine@example.com");
        String id = json(send(b, "GET", "/auth/me", session, null)).at("/data/id").asString();
        String human = """
                {"firstName": "Mary", "lastName": "Jackson", "types": ["client"], "emails": [{"email": "mary@example.com"}]}""";
        HttpResponse<String> created = send(b, "POST", "/api/humans", session, human);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        HttpResponse<String> lowered = withKey(a, "PATCH", "/api/admin/colleagues/" + id, "{\"role\": \"viewer\"}");
        assertThat(lowered.statusCode()).as(lowered.body()).isEqualTo(200);

        HttpResponse<String> refused = awaitOn(b, "POST", "/api/humans", session, human, status(403));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(send(b, "GET", "/api/humans", session, null).statusCode()).as("a viewer still reads").isEqualTo(200);
        assertThat(json(send(b, "GET", "/auth/me", session, null)).at("/data/role").asString()).isEqualTo("viewer");
    }

    @Test
    void withoutAGoogleClientSigningInIsRefusedSayingWhatToConfigure() throws Exception {
        Map<String, String> withoutGoogle = new HashMap<>(env);
        withoutGoogle.keySet().removeIf(name -> name.startsWith("CRM_GOOGLE_"));
        try (CrmServer plain = CrmServer.start(Settings.from(withoutGoogle))) {
            HttpResponse<String> refused = send(plain, "GET", "/auth/google/login", null, null);

            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(json(refused).at("/code").asString()).isEqualTo("SIGN_IN_NOT_CONFIGURED");
            assertThat(json(refused).at("/detail").asString()).contains("CRM_GOOGLE_CLIENT_ID", "CRM_GOOGLE_CLIENT_SECRET");
            assertThat(refused.headers().firstValue("Retry-After")).as("waiting will not help").isEmpty();
            assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
            assertThat(withKey(plain, "GET", "/api/humans", null).statusCode()).as("API keys work as ever").isEqualTo(200);
        }
    }

    /**
     * The browser's round trip: {@code /auth/google/login} on {@code login}, Google's authorization
     * endpoint (which sends it straight back with a code), then the callback on {@code callback}.
     * Returns the session cookie's value.
     */
    /** Signs in through {@code login}; Google sends the browser back to {@code callback}. The session cookie. */
    private static String signIn(CrmServer login, CrmServer callback, String googleId, String email) throws Exception {
        return GoogleSignIns.signIn(GOOGLE, login.port(), callback.port(), googleId, email);
    }

    /** A request carrying the session cookie, from a page of the app (its origin) as a browser sends it. */
    private static HttpResponse<String> send(CrmServer server, String method, String path, String session, String body)
            throws Exception {
        HttpRequest.Builder request = request(server, method, path, body);
        if (session != null) {
            request.header("Cookie", "humans_session=" + session);
        }
        if (!method.equals("GET")) {
            request.header("Origin", APP);
        }
        return BROWSER.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> withKey(CrmServer server, String method, String path, String body) throws Exception {
        return BROWSER.send(request(server, method, path, body).header("Authorization", "Bearer " + adminKey).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(CrmServer server, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return request;
    }

    /**
     * The next request, repeated only while the other instance has not yet heard of the change, for at most
     * {@link #NOTIFICATION_BOUND}: the answer that shows it heard, or the last one.
     */
    private static HttpResponse<String> awaitOn(CrmServer server, String method, String path, String session, String body,
                                                Predicate<HttpResponse<String>> heard) throws Exception {
        long deadline = System.nanoTime() + NOTIFICATION_BOUND.toNanos();
        HttpResponse<String> response = send(server, method, path, session, body);
        while (!heard.test(response) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            response = send(server, method, path, session, body);
        }
        return response;
    }

    private static Predicate<HttpResponse<String>> status(int expected) {
        return response -> response.statusCode() == expected;
    }

    /** The operator's command line, in this JVM, on the shared database. */
    private List<String> crm(String... args) {
        return RunningCrm.commandLine(env, args);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}

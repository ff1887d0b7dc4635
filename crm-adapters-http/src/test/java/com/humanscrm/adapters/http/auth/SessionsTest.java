package com.humanscrm.adapters.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.BrowserSettings;
import com.humanscrm.adapters.http.HttpSettings;
import com.humanscrm.adapters.http.RateLimits;
import com.humanscrm.adapters.http.testing.ApiCall;
import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.application.colleague.ChangeColleague;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.testing.InMemoryCrm;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.session.Session;
import com.humanscrm.domain.session.SessionToken;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Browsers holding a session: who they are, what they may change from where, signing out; admins ending sessions. */
class SessionsTest {

    private static final String APP = "https://crm.example.test";
    private static final String OTHER_APP = "https://app.example.test";
    private static final String EVIL = "https://evil.example";
    private static final String HUMAN = """
            {"firstName": "Ada", "lastName": "Lovelace", "types": ["client"], "emails": [{"email": "ada@example.com"}]}
            """;

    @AutoClose
    private final InMemoryApi api = api(new RateLimits(10_000, 10_000));
    private final ApiClient admin = api.as(Role.ADMIN);

    static InMemoryApi api(RateLimits limits) {
        return new InMemoryApi(new InMemoryCrm(), new HttpSettings(0)
                .withBrowser(new BrowserSettings(URI.create(APP), Set.of(OTHER_APP), true, limits)));
    }

    @Test
    void meIsTheSignedInColleagueByCookieOrKeyAndNullOtherwise() {
        Colleague ada = api.crm.colleague(Role.MANAGER);
        String token = sessionOf(ada);

        JsonNode byCookie = withCookie(api.anonymous().get("/auth/me"), token).send().expectStatus(200).data();
        JsonNode byKey = api.anonymous().withApiKey(api.crm.apiKeyFor(ada)).get("/auth/me").send().expectStatus(200).data();
        ApiResponse nobody = api.anonymous().get("/auth/me").send().expectStatus(200);

        assertThat(byCookie.get("email").asString()).isEqualTo(ada.email());
        assertThat(byCookie.get("authenticatedBy").asString()).isEqualTo("session");
        assertThat(byKey.get("id").asString()).isEqualTo(ada.id().toString());
        assertThat(byKey.get("authenticatedBy").asString()).isEqualTo("apiKey");
        assertThat(nobody.json().has("data")).isTrue();
        assertThat(nobody.data().isNull()).isTrue();
        assertThat(nobody.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void anEndedSessionIsSignedOutForMeButABadKeyIsStillRefused() {
        ApiResponse ended = withCookie(api.anonymous().get("/auth/me"), "crms_not-a-session").send().expectStatus(200);

        assertThat(ended.data().isNull()).isTrue();
        assertThat(ended.setCookie(BrowserCookies.SESSION)).startsWith(BrowserCookies.SESSION + "=;");
        api.anonymous().withApiKey("crm_not-a-key").get("/auth/me").send().expectProblem(401, "AUTH_INVALID");
    }

    @Test
    void signingOutEndsTheSessionOnTheServerAndClearsTheCookie() {
        String token = sessionOf(api.crm.colleague(Role.AGENT));
        withCookie(api.anonymous().get("/api/humans"), token).send().expectStatus(200);

        ApiResponse out = withCookie(api.anonymous().post("/auth/logout"), token).header("Origin", APP).send()
                .expectStatus(204);

        assertThat(out.setCookie(BrowserCookies.SESSION)).startsWith(BrowserCookies.SESSION + "=;")
                .contains("Path=/", "Expires=Thu, 01 Jan 1970 00:00:00 GMT", "HttpOnly", "Secure", "SameSite=Lax");
        assertThat(api.crm.sessions.all()).isEmpty();
        withCookie(api.anonymous().get("/api/humans"), token).send().expectProblem(401, "AUTH_INVALID");
    }

    @Test
    void signingOutWithoutASessionJustClearsTheCookie() {
        ApiResponse out = api.anonymous().post("/auth/logout").send().expectStatus(204);

        assertThat(out.setCookie(BrowserCookies.SESSION)).startsWith(BrowserCookies.SESSION + "=;");
    }

    /** Signing out empties the cookie: a browser sending it back empty is signed out, not holding a bad credential. */
    @Test
    void anEmptiedSessionCookieIsNoCredentialAtAll() {
        withCookie(api.anonymous().get("/api/humans"), "").send().expectProblem(401, "AUTH_REQUIRED");
        // There is no session to end, so no trusted origin is needed to end it.
        withCookie(api.anonymous().post("/auth/logout"), "").header("Origin", EVIL).send().expectStatus(204);
    }

    @Test
    void signingOutFromAnotherSiteIsRefused() {
        String token = sessionOf(api.crm.colleague(Role.AGENT));

        withCookie(api.anonymous().post("/auth/logout"), token).header("Origin", EVIL).send()
                .expectProblem(403, "ORIGIN_NOT_ALLOWED");

        assertThat(api.crm.sessions.all()).hasSize(1);
    }

    @Test
    void aCookieMayChangeThingsOnlyFromATrustedOrigin() {
        String token = sessionOf(api.crm.colleague(Role.AGENT));

        withCookie(api.anonymous().post("/api/humans", HUMAN), token).send().expectProblem(403, "ORIGIN_NOT_ALLOWED");
        withCookie(api.anonymous().post("/api/humans", HUMAN), token).header("Origin", EVIL).send()
                .expectProblem(403, "ORIGIN_NOT_ALLOWED");
        withCookie(api.anonymous().post("/api/humans", HUMAN), token).header("Referer", EVIL + "/page").send()
                .expectProblem(403, "ORIGIN_NOT_ALLOWED");
        withCookie(api.anonymous().post("/api/humans", HUMAN), token).header("Origin", "null").send()
                .expectProblem(403, "ORIGIN_NOT_ALLOWED");
        assertThat(admin.get("/api/humans").send().expectStatus(200).data()).isEmpty();

        withCookie(api.anonymous().post("/api/humans", HUMAN), token).header("Origin", APP).send().expectStatus(201);
        ApiResponse fromOtherApp = withCookie(api.anonymous().post("/api/humans", HUMAN), token)
                .header("Origin", OTHER_APP).send().expectStatus(201);
        assertThat(fromOtherApp.header("Access-Control-Allow-Origin")).isEqualTo(OTHER_APP);
        withCookie(api.anonymous().post("/api/humans", HUMAN), token).header("Referer", APP + "/humans/new").send()
                .expectStatus(201);
    }

    @Test
    void aCookieMayReadFromAnywhere() {
        String token = sessionOf(api.crm.colleague(Role.VIEWER));

        withCookie(api.anonymous().get("/api/humans"), token).send().expectStatus(200);
        ApiResponse foreign = withCookie(api.anonymous().get("/api/humans"), token).header("Origin", EVIL).send()
                .expectStatus(200);

        assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void anApiKeyDecidesOverACookieAndNeedsNoOrigin() {
        String viewerSession = sessionOf(api.crm.colleague(Role.VIEWER));

        withCookie(api.as(Role.AGENT).post("/api/humans", HUMAN), viewerSession).send().expectStatus(201);
    }

    @Test
    void aCookieIsHeldToItsColleaguesRoleAndState() {
        Colleague viewer = api.crm.colleague(Role.VIEWER);
        String token = sessionOf(viewer);
        withCookie(api.anonymous().post("/api/humans", HUMAN), token).header("Origin", APP).send()
                .expectProblem(403, "FORBIDDEN");

        api.crm.useCases.colleagues().change().execute(Actor.operator(),
                new ChangeColleague.Command(viewer.id(), null, null, null, null, null, null, false));

        withCookie(api.anonymous().get("/api/humans"), token).send().expectProblem(401, "AUTH_INVALID");
    }

    @Test
    void anExpiredSessionIsRefused() {
        String token = sessionOf(api.crm.colleague(Role.VIEWER));

        api.crm.clock.advance(Session.LIFETIME.plusSeconds(1));

        withCookie(api.anonymous().get("/api/humans"), token).send().expectProblem(401, "AUTH_INVALID");
    }

    @Test
    void adminsListAColleaguesOpenSessionsNewestFirstWithoutTheirTokens() {
        Colleague ada = api.crm.colleague(Role.AGENT);
        String first = sessionOf(ada);
        api.crm.clock.advance(java.time.Duration.ofMinutes(1));
        String second = sessionOf(ada);

        List<JsonNode> sessions = admin.listAll("/api/admin/colleagues/" + ada.id() + "/sessions", 1);

        assertThat(sessions).hasSize(2);
        assertThat(sessions.get(0).get("createdAt").asString()).isGreaterThan(sessions.get(1).get("createdAt").asString());
        assertThat(sessions.get(0).get("colleagueId").asString()).isEqualTo(ada.id().toString());
        assertThat(sessions.get(0).get("userAgent").asString()).isEqualTo("Firefox");
        assertThat(sessions.toString()).doesNotContain(first).doesNotContain(second).doesNotContain("tokenHash");
        assertThat(admin.get("/api/admin/colleagues/" + api.crm.colleague(Role.VIEWER).id() + "/sessions").send()
                .expectStatus(200).data()).isEmpty();
    }

    @Test
    void adminsEndASessionAndItsBrowserIsSignedOut() {
        Colleague ada = api.crm.colleague(Role.AGENT);
        String token = sessionOf(ada);
        String id = admin.get("/api/admin/colleagues/" + ada.id() + "/sessions").send().expectStatus(200).data().get(0)
                .get("id").asString();

        admin.delete("/api/admin/sessions/" + id).send().expectStatus(204);

        withCookie(api.anonymous().get("/api/humans"), token).send().expectProblem(401, "AUTH_INVALID");
        admin.delete("/api/admin/sessions/" + id).send().expectProblem(404, "SESSION_NOT_FOUND");
    }

    @Test
    void onlyAdminsSeeOrEndSessions() {
        Colleague ada = api.crm.colleague(Role.AGENT);
        sessionOf(ada);
        String sessions = "/api/admin/colleagues/" + ada.id() + "/sessions";
        String someSession = "/api/admin/sessions/019b78c9-0a80-76af-a125-98748c3f5803";

        api.anonymous().get(sessions).send().expectProblem(401, "AUTH_REQUIRED");
        api.anonymous().delete(someSession).send().expectProblem(401, "AUTH_REQUIRED");
        api.as(Role.MANAGER).get(sessions).send().expectProblem(403, "FORBIDDEN");
        api.as(Role.MANAGER).delete(someSession).send().expectProblem(403, "FORBIDDEN");
        admin.get("/api/admin/colleagues/019b78c9-0a80-76af-a125-98748c3f5803/sessions").send()
                .expectProblem(404, "COLLEAGUE_NOT_FOUND");
        admin.delete(someSession).send().expectProblem(404, "SESSION_NOT_FOUND");
    }

    @Test
    void signInsAreRateLimitedPerAddress() {
        try (InMemoryApi limited = api(new RateLimits(2, 10_000))) {
            limited.anonymous().get("/auth/google/login").send().expectStatus(302);
            limited.anonymous().get("/auth/google/callback?state=x&code=y").send().expectProblem(400, "INVALID_STATE");

            ApiResponse refused = limited.anonymous().get("/auth/google/login").send().expectProblem(429, "RATE_LIMITED");

            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
            assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
            limited.anonymous().get("/auth/google/callback?state=x&code=y").send().expectProblem(429, "RATE_LIMITED");
        }
    }

    @Test
    void anEndedSessionsCookieIsClearedWithEvery401AndNeverLocksOutItsAddress() {
        try (InMemoryApi limited = api(new RateLimits(10_000, 2))) {
            String key = limited.crm.apiKey(Role.VIEWER);
            SessionToken stale = SessionToken.generate();
            limited.crm.sessions.add(Session.start(limited.crm.colleague(Role.AGENT).id(), stale, "Firefox", "127.0.0.1",
                    limited.crm.clock));
            limited.crm.clock.advance(Session.LIFETIME.plusSeconds(1));

            for (int i = 0; i < 10; i++) {
                ApiResponse refused = withCookie(limited.anonymous().get("/api/humans"), stale.value()).send()
                        .expectProblem(401, "AUTH_INVALID");
                assertThat(refused.setCookie(BrowserCookies.SESSION)).startsWith(BrowserCookies.SESSION + "=;")
                        .contains("Path=/", "Expires=Thu, 01 Jan 1970 00:00:00 GMT", "HttpOnly", "Secure", "SameSite=Lax");
                assertThat(refused.headers("Set-Cookie")).hasSize(1);
            }
            withCookie(limited.anonymous().get("/api/humans"), "crms_guess").send().expectProblem(401, "AUTH_INVALID");

            limited.anonymous().withApiKey(key).get("/api/humans").send().expectStatus(200);
            ApiResponse me = withCookie(limited.anonymous().get("/auth/me"), stale.value()).send().expectStatus(200);
            assertThat(me.data().isNull()).isTrue();
            assertThat(me.headers("Set-Cookie")).hasSize(1);
            ApiResponse out = withCookie(limited.anonymous().post("/auth/logout"), stale.value()).header("Origin", APP)
                    .send().expectStatus(204);
            assertThat(out.headers("Set-Cookie")).hasSize(1);
        }
    }

    @Test
    void badApiKeysLockOutTheirAddressButNotItsBrowsersSessionsMeOrSignOut() {
        try (InMemoryApi limited = api(new RateLimits(10_000, 2))) {
            String token = SessionToken.generate().value();
            limited.crm.sessions.add(Session.start(limited.crm.colleague(Role.AGENT).id(), new SessionToken(token),
                    "Firefox", "127.0.0.1", limited.crm.clock));
            ApiClient stranger = limited.anonymous().withApiKey("crm_not-a-real-key");
            for (int i = 0; i < 2; i++) {
                stranger.get("/api/humans").send().expectProblem(401, "AUTH_INVALID");
            }

            stranger.get("/api/humans").send().expectProblem(429, "RATE_LIMITED");
            stranger.get("/auth/me").send().expectProblem(429, "RATE_LIMITED"); // no oracle for guessing keys either
            withCookie(limited.anonymous().get("/api/humans"), token).send().expectStatus(200);
            assertThat(withCookie(limited.anonymous().get("/auth/me"), token).send().expectStatus(200).data()
                    .get("authenticatedBy").asString()).isEqualTo("session");
            withCookie(stranger.post("/auth/logout"), token).header("Origin", APP).send().expectStatus(204);
            assertThat(limited.crm.sessions.all()).isEmpty();
        }
    }

    /** A session of this colleague's, as signing in starts it: the token its browser's cookie holds. */
    private String sessionOf(Colleague colleague) {
        SessionToken token = SessionToken.generate();
        api.crm.sessions.add(Session.start(colleague.id(), token, "Firefox", "127.0.0.1", api.crm.clock));
        return token.value();
    }

    private static ApiCall withCookie(ApiCall call, String token) {
        return call.header("Cookie", BrowserCookies.SESSION + "=" + token);
    }
}

package com.humanscrm.adapters.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.BrowserSettings;
import com.humanscrm.adapters.http.GoogleSignIn;
import com.humanscrm.adapters.http.HttpSettings;
import com.humanscrm.adapters.http.RateLimits;
import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.FakeGoogle;
import com.humanscrm.adapters.http.testing.HttpTestServer;
import com.humanscrm.application.Ports;
import com.humanscrm.application.UseCases;
import com.humanscrm.application.colleague.ChangeColleague;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.testing.InMemoryCrm;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.Role;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The browser's whole sign-in, through the real endpoints, the real Google client classes, and a fake
 * Google (mock-oauth2-server) on this machine.
 */
class SignInFlowTest {

    static final String APP = "https://crm.example.test";
    static final String OTHER_APP = "https://app.example.test";
    private static final URI CALLBACK = URI.create("http://127.0.0.1/auth/google/callback");
    private static final HttpClient GOOGLE_BROWSER = HttpClient.newHttpClient();

    static final FakeGoogle GOOGLE = new FakeGoogle();

    private final InMemoryCrm crm = new InMemoryCrm(InMemoryCrm.SIGN_IN_POLICY,
            GoogleSignIn.identityProvider(GOOGLE.settings(CALLBACK)));
    private final HttpTestServer server = start(crm, true);

    @AfterAll
    static void stopGoogle() {
        GOOGLE.close();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    static HttpTestServer start(InMemoryCrm crm, boolean secureCookies) {
        return start(crm.useCases, secureCookies);
    }

    private static HttpTestServer start(UseCases useCases, boolean secureCookies) {
        return HttpTestServer.start(new HttpSettings(0).withBrowser(new BrowserSettings(URI.create(APP),
                java.util.Set.of(OTHER_APP), secureCookies, new RateLimits(10_000, 10_000))), useCases, () -> true);
    }

    @Test
    void aColleagueSignsInAndTheBrowserHoldsTheSession() {
        Colleague ada = crm.colleague(Role.AGENT);
        GOOGLE.nextSignIn("google-ada", Map.of("email", ada.email(), "email_verified", true,
                "picture", "https://example.com/ada.png"));

        ApiResponse login = browser().get("/auth/google/login").send().expectStatus(302);
        assertThat(login.header("Location")).startsWith(GOOGLE.issuer() + "/authorize?");
        assertThat(login.setCookie(BrowserCookies.SIGN_IN))
                .contains("Path=/auth/google", "Max-Age=600", "Secure", "HttpOnly", "SameSite=Lax");
        ApiResponse callback = callback(login).expectStatus(302);

        assertThat(callback.header("Location")).isEqualTo(APP);
        assertThat(callback.setCookie(BrowserCookies.SESSION))
                .contains("Path=/", "Max-Age=86400", "Secure", "HttpOnly", "SameSite=Lax");
        assertThat(callback.setCookie(BrowserCookies.SIGN_IN)).startsWith(BrowserCookies.SIGN_IN + "=;")
                .contains("Expires=Thu, 01 Jan 1970 00:00:00 GMT", "Path=/auth/google");
        String session = callback.cookieValue(BrowserCookies.SESSION);
        var me = browser().get("/auth/me").header("Cookie", BrowserCookies.SESSION + "=" + session).send()
                .expectStatus(200).data();
        assertThat(me.get("id").asString()).isEqualTo(ada.id().toString());
        assertThat(me.get("role").asString()).isEqualTo("agent");
        assertThat(me.get("authenticatedBy").asString()).isEqualTo("session");
        Colleague signedIn = crm.colleagues.findById(ada.id()).orElseThrow();
        assertThat(signedIn.googleId()).isEqualTo("google-ada");
        browser().get("/api/humans").header("Cookie", BrowserCookies.SESSION + "=" + session).send().expectStatus(200);
    }

    @Test
    void theSessionCookieIsNotSecureOnlyWhenConfiguredForPlainHttp() {
        try (HttpTestServer plain = start(crm, false)) {
            Colleague ada = crm.colleague(Role.AGENT);
            GOOGLE.nextSignIn("google-plain", ada.email());
            ApiClient browser = plain.client();

            ApiResponse callback = callback(browser, browser.get("/auth/google/login").send().expectStatus(302))
                    .expectStatus(302);

            assertThat(callback.setCookie(BrowserCookies.SESSION)).contains("HttpOnly", "SameSite=Lax")
                    .doesNotContain("Secure");
        }
    }

    @Test
    void theBrowserReturnsWhereItAskedWhenThatIsATrustedOrigin() {
        Colleague ada = crm.colleague(Role.AGENT);
        GOOGLE.nextSignIn("google-return", ada.email());

        ApiResponse login = browser().get("/auth/google/login?returnTo=" + encode(OTHER_APP + "/humans?page=2")).send()
                .expectStatus(302);

        assertThat(callback(login).expectStatus(302).header("Location")).isEqualTo(OTHER_APP + "/humans?page=2");
    }

    @Test
    void anOpenRedirectIsRefusedAndNeverFollowed() {
        for (String returnTo : List.of("https://evil.example", "https://evil.example/" + APP, "//evil.example",
                "javascript:alert(1)", "https://crm.example.test.evil.example/")) {
            ApiResponse refused = browser().get("/auth/google/login?returnTo=" + encode(returnTo)).send()
                    .expectProblem(422, "VALIDATION_FAILED");

            assertThat(refused.header("Location")).isNull();
            assertThat(refused.setCookie(BrowserCookies.SIGN_IN)).isNull();
        }
    }

    @Test
    void anUnknownColleagueIsRefused() {
        GOOGLE.nextSignIn("google-stranger", "stranger@example.com");

        ApiResponse refused = callback(browser().get("/auth/google/login").send()).expectProblem(403, "UNKNOWN_COLLEAGUE");

        assertThat(refused.setCookie(BrowserCookies.SESSION)).isNull();
    }

    @Test
    void aDeactivatedColleagueIsRefused() {
        Colleague gone = crm.colleague(Role.AGENT);
        crm.useCases.colleagues().change().execute(Actor.operator(),
                new ChangeColleague.Command(gone.id(), null, null, null, null, null, null, false));
        GOOGLE.nextSignIn("google-gone", gone.email());

        callback(browser().get("/auth/google/login").send()).expectProblem(403, "COLLEAGUE_DEACTIVATED");
    }

    @Test
    void anUnverifiedEmailIsRefused() {
        Colleague ada = crm.colleague(Role.AGENT);
        GOOGLE.nextSignIn("google-unverified", Map.of("email", ada.email(), "email_verified", false));

        callback(browser().get("/auth/google/login").send()).expectProblem(403, "EMAIL_NOT_VERIFIED");
    }

    @Test
    void aTokenForAnotherAudienceFromAnotherIssuerOrExpiredFails() {
        Colleague ada = crm.colleague(Role.AGENT);
        List<Runnable> badTokens = List.of(
                () -> GOOGLE.nextSignIn(FakeGoogle.ISSUER_ID, "g", Map.of("email", ada.email(), "email_verified", true,
                        "aud", "someone-else"), 3600),
                () -> GOOGLE.nextSignIn(FakeGoogle.ISSUER_ID, "g", Map.of("email", ada.email(), "email_verified", true,
                        "iss", "https://accounts.google.com"), 3600),
                () -> GOOGLE.nextSignIn(FakeGoogle.ISSUER_ID, "g", Map.of("email", ada.email(), "email_verified", true),
                        -120));
        for (Runnable badToken : badTokens) {
            badToken.run();

            ApiResponse failed = callback(browser().get("/auth/google/login").send()).expectProblem(400, "SIGN_IN_FAILED");

            assertThat(failed.setCookie(BrowserCookies.SESSION)).isNull();
        }
    }

    @Test
    void aNonceOtherThanTheSignInsFails() {
        Colleague ada = crm.colleague(Role.AGENT);
        GOOGLE.nextSignIn("google-nonce", Map.of("email", ada.email(), "email_verified", true, "nonce", "not-this-one"));

        callback(browser().get("/auth/google/login").send()).expectProblem(400, "SIGN_IN_FAILED");
    }

    @Test
    void aStateIsUsedOnce() {
        Colleague ada = crm.colleague(Role.AGENT);
        GOOGLE.nextSignIn("google-once", ada.email());
        ApiResponse login = browser().get("/auth/google/login").send();
        String callbackUrl = google(login.header("Location"));
        String signInCookie = BrowserCookies.SIGN_IN + "=" + login.cookieValue(BrowserCookies.SIGN_IN);
        browser().get(callbackUrl).header("Cookie", signInCookie).send().expectStatus(302);

        browser().get(callbackUrl).header("Cookie", signInCookie).send().expectProblem(400, "INVALID_STATE");
    }

    @Test
    void theCallbackMayReachAnotherInstance() {
        Colleague ada = crm.colleague(Role.AGENT);
        GOOGLE.nextSignIn("google-elsewhere", ada.email());
        try (HttpTestServer other = start(crm, true)) {
            ApiResponse login = browser().get("/auth/google/login").send().expectStatus(302);

            ApiResponse signedIn = callback(other.client(), login).expectStatus(302);

            String session = signedIn.cookieValue(BrowserCookies.SESSION);
            browser().get("/auth/me").header("Cookie", BrowserCookies.SESSION + "=" + session).send().expectStatus(200);
        }
    }

    /**
     * An instance whose operator has not configured Google (yet) starts no sign-in and cannot finish one begun
     * on an instance that has, and says what to set: waiting would not help, so there is no Retry-After.
     */
    @Test
    void withoutGoogleConfiguredSignInIsUnavailableAndSaysWhatToSet() {
        UseCases withoutGoogle = crm.useCasesWith(ports -> new Ports(ports.storage(), ports.blobs(), ports.contentTypes(),
                GoogleSignIn.notConfigured(), ports.clock()));
        try (HttpTestServer unconfigured = start(withoutGoogle, true)) {
            ApiResponse refused = unconfigured.client().get("/auth/google/login").send()
                    .expectProblem(503, "SIGN_IN_NOT_CONFIGURED");

            assertThat(refused.json().get("detail").asString()).contains("CRM_GOOGLE_CLIENT_ID", "CRM_GOOGLE_CLIENT_SECRET");
            assertThat(refused.header("Retry-After")).isNull();
            callback(unconfigured.client(), browser().get("/auth/google/login").send())
                    .expectProblem(503, "SIGN_IN_NOT_CONFIGURED");
        }
    }

    @Test
    void aCallbackWithoutTheBrowsersSignInCookieFails() {
        // No token is asked for: the callback fails before the exchange (a queued one would go to the next test).
        ApiResponse login = browser().get("/auth/google/login").send();
        String callbackUrl = google(login.header("Location"));

        browser().get(callbackUrl).send().expectProblem(400, "INVALID_STATE");
        browser().get(callbackUrl).header("Cookie", BrowserCookies.SIGN_IN + "=another-state").send()
                .expectProblem(400, "INVALID_STATE");
    }

    @Test
    void aCallbackWithoutStateOrCodeOrWithAnUnknownStateFails() {
        ApiResponse login = browser().get("/auth/google/login").send();
        String state = login.cookieValue(BrowserCookies.SIGN_IN);
        String cookie = BrowserCookies.SIGN_IN + "=" + state;

        browser().get("/auth/google/callback?code=abc").header("Cookie", cookie).send().expectProblem(400, "INVALID_STATE");
        browser().get("/auth/google/callback?state=made-up&code=abc").header("Cookie", BrowserCookies.SIGN_IN + "=made-up")
                .send().expectProblem(400, "INVALID_STATE");
        browser().get("/auth/google/callback?state=" + encode(state)).header("Cookie", cookie).send()
                .expectProblem(400, "SIGN_IN_FAILED");
    }

    @Test
    void anUnknownCodeFails() {
        ApiResponse login = browser().get("/auth/google/login").send();
        String state = login.cookieValue(BrowserCookies.SIGN_IN);

        browser().get("/auth/google/callback?code=forged&state=" + encode(state))
                .header("Cookie", BrowserCookies.SIGN_IN + "=" + state).send().expectProblem(400, "SIGN_IN_FAILED");
    }

    @Test
    void googlesRefusalFails() {
        ApiResponse login = browser().get("/auth/google/login").send();
        String state = login.cookieValue(BrowserCookies.SIGN_IN);

        ApiResponse failed = browser().get("/auth/google/callback?error=access_denied&state=" + encode(state))
                .header("Cookie", BrowserCookies.SIGN_IN + "=" + state).send().expectProblem(400, "SIGN_IN_FAILED");

        assertThat(failed.json().get("detail").asString()).contains("access_denied");
    }

    private ApiClient browser() {
        return server.client();
    }

    private ApiResponse callback(ApiResponse login) {
        return callback(browser(), login);
    }

    /** The browser at Google and back at {@code browser}'s server, with the sign-in cookie the login set. */
    static ApiResponse callback(ApiClient browser, ApiResponse login) {
        login.expectStatus(302);
        String callbackUrl = google(login.header("Location"));
        return browser.get(callbackUrl)
                .header("Cookie", BrowserCookies.SIGN_IN + "=" + login.cookieValue(BrowserCookies.SIGN_IN)).send();
    }

    /** Google signs the person in and sends the browser back: the callback's path and query. */
    static String google(String authorizationUrl) {
        try {
            HttpResponse<String> redirect = GOOGLE_BROWSER.send(HttpRequest.newBuilder(URI.create(authorizationUrl)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
            URI back = URI.create(redirect.headers().firstValue("Location").orElseThrow());
            assertThat(back.getPath()).isEqualTo(CALLBACK.getPath());
            return back.getRawPath() + "?" + back.getRawQuery();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

}

package com.humanscrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.GoogleSettings;
import com.humanscrm.adapters.http.testing.FakeGoogle;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * A browser signing in through the CRM's real sign-in routes, with Google played by {@link FakeGoogle}:
 * the settings a server needs for it, and the sign-in itself, step by step.
 */
public final class GoogleSignIns {

    /** Where the CRM is reached, as the browser and Google know it. */
    public static final String APP = "http://crm.test";
    public static final String CALLBACK = APP + "/auth/google/callback";
    /** A browser that is driven step by step: it follows no redirect and keeps no cookie of its own. */
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private GoogleSignIns() {
    }

    /** The {@code CRM_*} variables of a server that signs colleagues in with this Google, over plain HTTP. */
    public static Map<String, String> environment(FakeGoogle google) {
        GoogleSettings settings = google.settings(URI.create(CALLBACK));
        Map<String, String> env = new HashMap<>(Map.of("CRM_APP_URL", APP, "CRM_COOKIE_SECURE", "false",
                "CRM_GOOGLE_CLIENT_ID", FakeGoogle.CLIENT_ID, "CRM_GOOGLE_CLIENT_SECRET", FakeGoogle.CLIENT_SECRET,
                "CRM_GOOGLE_REDIRECT_URI", CALLBACK));
        env.putAll(Map.of("CRM_GOOGLE_AUTH_URI", settings.authUri().toString(), "CRM_GOOGLE_TOKEN_URI", settings.tokenUri().toString(),
                "CRM_GOOGLE_JWKS_URI", settings.jwksUri().toString(), "CRM_GOOGLE_ISSUER", google.issuer()));
        return env;
    }

    /**
     * Signs the colleague with this email in: the sign-in starts on the server at {@code loginPort} and
     * Google sends the browser back to the one at {@code callbackPort}. Returns the session cookie's value.
     */
    public static String signIn(FakeGoogle google, int loginPort, int callbackPort, String googleId, String email)
            throws Exception {
        google.nextSignIn(googleId, email);
        HttpResponse<String> started = BROWSER.send(request(loginPort, "/auth/google/login").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        String toGoogle = started.headers().firstValue("Location").orElseThrow();
        assertThat(toGoogle).startsWith(google.issuer() + "/authorize?");
        String signInCookie = cookie(started, "humans_sign_in");

        HttpResponse<String> fromGoogle = BROWSER.send(HttpRequest.newBuilder(URI.create(toGoogle)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fromGoogle.statusCode()).as(fromGoogle.body()).isEqualTo(302);
        URI back = URI.create(fromGoogle.headers().firstValue("Location").orElseThrow());
        assertThat(back.toString()).startsWith(CALLBACK + "?");

        HttpResponse<String> completed = BROWSER.send(request(callbackPort, "/auth/google/callback?" + back.getRawQuery())
                .header("Cookie", "humans_sign_in=" + signInCookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(302);
        assertThat(completed.headers().firstValue("Location")).contains(APP);
        assertThat(completed.headers().allValues("Set-Cookie")).anySatisfy(header -> assertThat(header)
                .startsWith("humans_session=").contains("HttpOnly", "SameSite=Lax", "Path=/").doesNotContain("Secure"));
        return cookie(completed, "humans_session");
    }

    private static HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(name + "="))
                .map(header -> header.substring(name.length() + 1, header.indexOf(';')))
                .filter(value -> !value.isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.headers().allValues("Set-Cookie")));
    }
}

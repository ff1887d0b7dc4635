package com.humanscrm.adapters.http.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.humanscrm.adapters.http.GoogleSettings;
import com.humanscrm.adapters.http.GoogleSignIn;
import com.humanscrm.adapters.http.testing.FakeGoogle;
import com.humanscrm.application.shared.UnavailableException;
import com.humanscrm.application.signin.IdentityProvider;
import com.humanscrm.application.signin.SignInException;
import com.humanscrm.application.signin.VerifiedIdentity;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

class GoogleIdentityProviderTest {

    private static final URI CALLBACK = URI.create("http://localhost:7070/auth/google/callback");
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** A PKCE verifier of the right length, for exchanges of a code that no sign-in started. */
    private static final String ANY_VERIFIER = "a".repeat(43);

    private static final FakeGoogle GOOGLE = new FakeGoogle();
    private static final GoogleSettings SETTINGS = GOOGLE.settings(CALLBACK);

    private final IdentityProvider google = GoogleSignIn.identityProvider(SETTINGS);

    @AfterAll
    static void stopGoogle() {
        GOOGLE.close();
    }

    @Test
    void theAuthorizationUrlAsksForACodeWithPkceStateAndNonce() {
        Map<String, String> query = query(google.authorizationUri("the-state", "the-nonce", "the-challenge"));

        assertThat(query).containsEntry("client_id", FakeGoogle.CLIENT_ID)
                .containsEntry("redirect_uri", CALLBACK.toString())
                .containsEntry("response_type", "code")
                .containsEntry("scope", "openid email profile")
                .containsEntry("state", "the-state")
                .containsEntry("nonce", "the-nonce")
                .containsEntry("code_challenge", "the-challenge")
                .containsEntry("code_challenge_method", "S256");
    }

    @Test
    void aSignInYieldsWhatTheVerifiedTokenSays() {
        GOOGLE.nextSignIn("google-123", Map.of("email", "ada@example.com", "email_verified", true, "hd", "example.com",
                "picture", "https://example.com/ada.png"));

        VerifiedIdentity identity = signIn(google, "nonce-1");

        assertThat(identity).isEqualTo(new VerifiedIdentity("google-123", "ada@example.com", true, "example.com",
                "nonce-1", "https://example.com/ada.png"));
    }

    @Test
    void anUnverifiedEmailIsReportedForTheUseCaseToRefuse() {
        GOOGLE.nextSignIn("google-124", Map.of("email", "bob@gmail.com", "email_verified", false));

        VerifiedIdentity identity = signIn(google, "nonce-2");

        assertThat(identity.emailVerified()).isFalse();
        assertThat(identity.hostedDomain()).isNull();
        assertThat(identity.pictureUrl()).isNull();
    }

    @Test
    void aTokenForAnotherAudienceFails() {
        GOOGLE.nextSignIn("google-125", Map.of("aud", "someone-else"));

        assertFails(() -> signIn(google, "n"));
    }

    @Test
    void aTokenFromAnotherIssuerFails() {
        GOOGLE.nextSignIn("google-126", Map.of("iss", "https://accounts.google.com"));

        assertFails(() -> signIn(google, "n"));
    }

    @Test
    void anExpiredTokenFails() {
        GOOGLE.nextSignIn(FakeGoogle.ISSUER_ID, "google-127", Map.of(), -120);

        assertFails(() -> signIn(google, "n"));
    }

    @Test
    void aTokenSignedWithAKeyGoogleDoesNotPublishFails() {
        IdentityProvider foreign = withTokenUri(GOOGLE.foreignTokenUri("other"));
        GOOGLE.nextSignIn("other", "google-128", Map.of("iss", GOOGLE.issuer()), 3600);

        assertFails(() -> signIn(foreign, "n"));
    }

    @Test
    void anUnknownCodeFails() {
        assertFails(() -> google.exchange("not-a-code", ANY_VERIFIER));
    }

    @Test
    void aCodeWithTheWrongPkceVerifierFails() {
        String code = code(google, "n", challenge("the-right-verifier-" + "v".repeat(30)));

        assertFails(() -> google.exchange(code, "the-wrong-verifier-" + "w".repeat(30)));
    }

    @Test
    void aTokenEndpointThatCannotBeReachedIsUnavailable() {
        IdentityProvider down = withTokenUri(FakeGoogle.nowhere("/token"));

        assertThatThrownBy(() -> down.exchange("a-code", ANY_VERIFIER))
                .isInstanceOf(UnavailableException.class);
    }

    @Test
    void keysThatCannotBeFetchedAreUnavailable() {
        GoogleSettings keysDown = new GoogleSettings(SETTINGS.clientId(), SETTINGS.clientSecret(), CALLBACK,
                SETTINGS.authUri(), SETTINGS.tokenUri(), FakeGoogle.nowhere("/jwks"), SETTINGS.issuers());
        GOOGLE.nextSignIn("google-129", "eve@example.com");

        assertThatThrownBy(() -> signIn(GoogleSignIn.identityProvider(keysDown), "n"))
                .isInstanceOf(UnavailableException.class);
    }

    @Test
    void aTokenNamingNoAccountFails() {
        GOOGLE.nextSignIn(" ", "nobody@example.com");
        assertFails(() -> signIn(google, "n"), "names no account");

        // A null claim leaves the subject out of the token altogether.
        GOOGLE.nextSignIn("google-130", Collections.singletonMap("sub", null));
        assertFails(() -> signIn(google, "n"), "names no account");
    }

    @Test
    void aTokenEndpointThatFailsIsUnavailable() {
        IdentityProvider failing = answeredWith(503, "application/json", "{\"error\": \"backend_error\"}");

        assertThatThrownBy(() -> failing.exchange("a-code", ANY_VERIFIER))
                .isInstanceOf(UnavailableException.class).hasMessageContaining("HTTP 503");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            text/plain       | Bad Request
            application/json | {"error_description": "the code is missing"}
            """)
    void aRefusalWithoutAnErrorCodeNamesItsStatus(String contentType, String body) {
        IdentityProvider refusing = answeredWith(400, contentType, body);

        assertFails(() -> refusing.exchange("a-code", ANY_VERIFIER), "(HTTP 400)");
    }

    /** Google's error code reaches the browser in the problem's detail: never a control character, never a novel. */
    @Test
    void googlesErrorCodeIsPassedOnShortAndPrintable() {
        IdentityProvider verbose = answeredWith(400, "application/json", "{\"error\": \"invalid\\u0007" + "x".repeat(200) + "\"}");

        assertFails(() -> verbose.exchange("a-code", ANY_VERIFIER), "(invalid?" + "x".repeat(92) + ")");
    }

    @Test
    void anAnswerWithoutAnIdTokenFails() {
        IdentityProvider tokenless = answeredWith(200, "application/json", "{\"access_token\": \"at\", \"token_type\": \"Bearer\"}");

        assertFails(() -> tokenless.exchange("a-code", ANY_VERIFIER), "carries no ID token");
    }

    @Test
    void anIdTokenThatIsNoJwtFails() {
        IdentityProvider garbled = answeredWith(200, "application/json",
                "{\"access_token\": \"at\", \"token_type\": \"Bearer\", \"id_token\": \"not-a-jwt\"}");

        assertFails(() -> garbled.exchange("a-code", ANY_VERIFIER), "cannot be read");
    }

    @Test
    void theSettingsNeverShowTheSecret() {
        assertThat(SETTINGS.toString()).doesNotContain(FakeGoogle.CLIENT_SECRET).contains(FakeGoogle.CLIENT_ID);
    }

    /** Google as configured, but for the token endpoint. */
    private static IdentityProvider withTokenUri(URI tokenUri) {
        return GoogleSignIn.identityProvider(new GoogleSettings(SETTINGS.clientId(), SETTINGS.clientSecret(), CALLBACK,
                SETTINGS.authUri(), tokenUri, SETTINGS.jwksUri(), SETTINGS.issuers()));
    }

    /** Google whose token endpoint gives every exchange this answer. */
    private static IdentityProvider answeredWith(int status, String contentType, String body) {
        return withTokenUri(GOOGLE.tokenUriAnswering(status, contentType, body));
    }

    private static void assertFails(ThrowingCallable signIn) {
        assertFails(signIn, "");
    }

    private static void assertFails(ThrowingCallable signIn, String detail) {
        assertThatThrownBy(signIn).isInstanceOfSatisfying(SignInException.class, e -> {
            assertThat(e.code()).isEqualTo("SIGN_IN_FAILED");
            assertThat(e.refused()).isFalse();
            assertThat(e.getMessage()).contains(detail);
        });
    }

    /** The browser's part: to Google and back with a code, then the server's exchange with the right verifier. */
    private static VerifiedIdentity signIn(IdentityProvider provider, String nonce) {
        String verifier = random();
        return provider.exchange(code(provider, nonce, challenge(verifier)), verifier);
    }

    private static String code(IdentityProvider provider, String nonce, String challenge) {
        URI authorization = provider.authorizationUri("state-" + random(), nonce, challenge);
        try {
            HttpResponse<String> redirect = BROWSER.send(HttpRequest.newBuilder(authorization).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
            URI callback = URI.create(redirect.headers().firstValue("Location").orElseThrow());
            assertThat(callback.getPath()).isEqualTo(CALLBACK.getPath());
            return query(callback).get("code");
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : ""));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}

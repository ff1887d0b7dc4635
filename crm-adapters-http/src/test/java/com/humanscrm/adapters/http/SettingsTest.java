package com.humanscrm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Settings that could not work are refused when the server is configured, naming the setting, not at the first request. */
class SettingsTest {

    private static final URI CALLBACK = URI.create("https://crm.example.com/auth/google/callback");

    @ParameterizedTest
    @ValueSource(ints = {-1, 65_536})
    void aPortOutsideTcpsRangeIsRefused(int port) {
        assertThatIllegalArgumentException().isThrownBy(() -> new HttpSettings(port))
                .withMessage("port must be between 0 and 65535, not " + port);
    }

    @Test
    void thePortsAtTheEdgesOfTheRangeAreTaken() {
        assertThat(new HttpSettings(0).port()).isZero();
        assertThat(new HttpSettings(65_535).port()).isEqualTo(65_535);
    }

    @Test
    void theBodyLimitMustLetSomethingThrough() {
        assertThatIllegalArgumentException().isThrownBy(() -> new HttpSettings(HttpSettings.LOOPBACK, 0, 0))
                .withMessageContaining("maxRequestBytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0S", "PT-1S"})
    void theIdleTimeoutMustBePositive(String timeout) {
        HttpSettings settings = new HttpSettings(0);

        assertThatIllegalArgumentException().isThrownBy(() -> settings.withIdleTimeout(Duration.parse(timeout)))
                .withMessageContaining("idleTimeout");
    }

    @ParameterizedTest
    @CsvSource({"0, 10", "20, 0"})
    void rateLimitsMustAllowAtLeastOneAMinute(int signIns, int failedAuthentications) {
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimits(signIns, failedAuthentications))
                .withMessageContaining("at least 1 a minute");
    }

    @ParameterizedTest
    @ValueSource(strings = {"crm.example.com", "ftp://crm.example.com"})
    void theAppUrlMustBeAWebOrigin(String url) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BrowserSettings(URI.create(url), Set.of(), true, RateLimits.DEFAULTS))
                .withMessageContaining("appUrl must be an http(s) origin").withMessageContaining(url);
    }

    @Test
    void googleItselfIsReachedAtItsPublishedEndpoints() {
        GoogleSettings google = GoogleSettings.google("client", "secret", CALLBACK);

        assertThat(google.authUri()).hasToString("https://accounts.google.com/o/oauth2/v2/auth");
        assertThat(google.tokenUri()).hasToString("https://oauth2.googleapis.com/token");
        assertThat(google.jwksUri()).hasToString("https://www.googleapis.com/oauth2/v3/certs");
        assertThat(google.issuers()).containsExactly("https://accounts.google.com", "accounts.google.com");
        assertThat(google.redirectUri()).isEqualTo(CALLBACK);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " "})
    void googleSignInNeedsAClientIdAndSecret(String missing) {
        assertThatIllegalArgumentException().isThrownBy(() -> GoogleSettings.google(missing, "secret", CALLBACK))
                .withMessage("clientId is required");
        assertThatIllegalArgumentException().isThrownBy(() -> GoogleSettings.google("client", missing, CALLBACK))
                .withMessage("clientSecret is required");
    }

    static Stream<List<String>> noIssuerOrABlankOne() {
        return Stream.of(List.of(), List.of("https://accounts.google.com", " "));
    }

    @ParameterizedTest
    @MethodSource("noIssuerOrABlankOne")
    void theTrustedIssuersAreAtLeastOneAndNoneIsBlank(List<String> issuers) {
        assertThatIllegalArgumentException().isThrownBy(() -> new GoogleSettings("client", "secret", CALLBACK,
                        GoogleSettings.GOOGLE_AUTH_URI, GoogleSettings.GOOGLE_TOKEN_URI, GoogleSettings.GOOGLE_JWKS_URI, issuers))
                .withMessageContaining("issuers");
    }
}

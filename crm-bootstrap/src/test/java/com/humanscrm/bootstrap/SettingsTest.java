package com.humanscrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.humanscrm.adapters.http.GoogleSettings;
import com.humanscrm.adapters.http.RateLimits;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void everyValueHasASafeDefault() {
        Settings settings = Settings.from(Map.of());
        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.embeddedDatabase()).isTrue();
        assertThat(settings.dataDirectory().getFileName()).hasToString("data");
        assertThat(settings.databasePoolSize()).isEqualTo(4);
        assertThat(settings.credentialCacheTtl()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.maxRequestBytes()).isEqualTo(1_048_576);
        assertThat(settings.idleTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.http().idleTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.blobStore()).isEqualTo("filesystem");
        assertThat(settings.maxDocumentBytes()).isEqualTo(25L * 1024 * 1024);
        assertThat(settings.appUrl()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(settings.allowedOrigins()).isEmpty();
        assertThat(settings.secureCookies()).isTrue();
        assertThat(settings.rateLimits()).isEqualTo(RateLimits.DEFAULTS);
        assertThat(settings.google()).as("no Google client: signing in is refused, API keys work").isNull();
        assertThat(settings.googleHostedDomain()).isNull();
    }

    @Test
    void aGoogleClientNeedsOnlyItsIdAndSecretTheRestDefaultsToGoogleAndThisServer() {
        Settings settings = Settings.from(Map.of("CRM_PORT", "9090", "CRM_GOOGLE_CLIENT_ID", "id.apps.googleusercontent.com",
                "CRM_GOOGLE_CLIENT_SECRET", "GOCSPX-secret"));

        GoogleSettings google = settings.google();
        assertThat(google.clientId()).isEqualTo("id.apps.googleusercontent.com");
        assertThat(google.redirectUri()).isEqualTo(URI.create("http://localhost:9090/auth/google/callback"));
        assertThat(google.authUri()).isEqualTo(GoogleSettings.GOOGLE_AUTH_URI);
        assertThat(google.tokenUri()).isEqualTo(GoogleSettings.GOOGLE_TOKEN_URI);
        assertThat(google.jwksUri()).isEqualTo(GoogleSettings.GOOGLE_JWKS_URI);
        assertThat(google.issuers()).containsExactly("https://accounts.google.com", "accounts.google.com");
        assertThat(settings.appUrl()).isEqualTo(URI.create("http://localhost:9090"));
    }

    @Test
    void everyGoogleUrlTheAppUrlAndTheTrustedOriginsCanBeConfigured() {
        Settings settings = Settings.from(Map.ofEntries(Map.entry("CRM_GOOGLE_CLIENT_ID", "id"),
                Map.entry("CRM_GOOGLE_CLIENT_SECRET", "secret"),
                Map.entry("CRM_GOOGLE_REDIRECT_URI", "https://api.example.com/auth/google/callback"),
                Map.entry("CRM_GOOGLE_AUTH_URI", "http://localhost:9000/google/authorize"),
                Map.entry("CRM_GOOGLE_TOKEN_URI", "http://localhost:9000/google/token"),
                Map.entry("CRM_GOOGLE_JWKS_URI", "http://localhost:9000/google/jwks"),
                Map.entry("CRM_GOOGLE_ISSUER", "http://localhost:9000/google, other"),
                Map.entry("CRM_GOOGLE_HOSTED_DOMAIN", "Example.COM"),
                Map.entry("CRM_APP_URL", "https://crm.example.com/app"),
                Map.entry("CRM_ALLOWED_ORIGINS", "https://admin.example.com, http://localhost:5173/"),
                Map.entry("CRM_COOKIE_SECURE", "FALSE"),
                Map.entry("CRM_RATE_LIMIT_SIGN_INS_PER_MINUTE", "5"),
                Map.entry("CRM_RATE_LIMIT_FAILED_AUTHENTICATIONS_PER_MINUTE", "3")));

        assertThat(settings.google().redirectUri()).hasToString("https://api.example.com/auth/google/callback");
        assertThat(settings.google().tokenUri()).hasToString("http://localhost:9000/google/token");
        assertThat(settings.google().issuers()).containsExactly("http://localhost:9000/google", "other");
        assertThat(settings.secureCookies()).isFalse();
        assertThat(settings.rateLimits()).isEqualTo(new RateLimits(5, 3));
        assertThat(settings.browser().trustedOrigins())
                .containsExactly("http://localhost:5173", "https://admin.example.com", "https://crm.example.com");
        assertThat(settings.browser().https()).isTrue();
        assertThat(settings.signInPolicy().appUrl()).hasToString("https://crm.example.com/app");
        assertThat(settings.signInPolicy().allowedOrigins()).containsExactlyInAnyOrder("https://admin.example.com",
                "http://localhost:5173");
        assertThat(settings.signInPolicy().hostedDomain()).isEqualTo("example.com");
    }

    @Test
    void aGoogleClientIdWithoutItsSecretOrTheOtherWayRoundIsRefused() {
        assertThatThrownBy(() -> Settings.from(Map.of("CRM_GOOGLE_CLIENT_ID", "id")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("CRM_GOOGLE_CLIENT_SECRET is missing");
        assertThatThrownBy(() -> Settings.from(Map.of("CRM_GOOGLE_CLIENT_SECRET", "secret")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("CRM_GOOGLE_CLIENT_ID is missing");
    }

    @Test
    void aBooleanIsReadInAnyCase() {
        assertThat(Settings.from(Map.of("CRM_COOKIE_SECURE", "FALSE")).secureCookies()).isFalse();
        assertThat(Settings.from(Map.of("CRM_COOKIE_SECURE", "True")).secureCookies()).isTrue();
    }

    @Test
    void aValueThatIsNoPathOrNoUrlAtAllNamesItsVariable() {
        Map<String, String> bad = Map.of(
                "CRM_DATA_DIR", "data\0dir",
                "CRM_APP_URL", "https://crm example.com",
                "CRM_ALLOWED_ORIGINS", "https://crm.example.com:99999");
        bad.forEach((name, value) -> assertThatThrownBy(() -> Settings.from(Map.of(name, value)))
                .as(name).isInstanceOf(ConfigurationException.class).hasMessageContaining(name));
    }

    @Test
    void aBadBrowserOrGoogleSettingNamesItsVariable() {
        Map<String, String> bad = Map.of(
                "CRM_ALLOWED_ORIGINS", "https://ok.example.com, crm.example.com",
                "CRM_APP_URL", "javascript:alert(1)",
                "CRM_COOKIE_SECURE", "maybe",
                "CRM_GOOGLE_REDIRECT_URI", "/auth/google/callback",
                "CRM_GOOGLE_JWKS_URI", "ftp://keys.example.com",
                "CRM_GOOGLE_HOSTED_DOMAIN", "https://example.com",
                "CRM_RATE_LIMIT_SIGN_INS_PER_MINUTE", "0");
        bad.forEach((name, value) -> assertThatThrownBy(() -> Settings.from(Map.of(name, value)))
                .as(name).isInstanceOf(ConfigurationException.class).hasMessageContaining(name));
        for (String withPath : List.of("https://crm.example.com/app", "https://crm.example.com?x=1", "https://user@crm.example.com")) {
            assertThatThrownBy(() -> Settings.from(Map.of("CRM_ALLOWED_ORIGINS", withPath)))
                    .as(withPath).isInstanceOf(ConfigurationException.class).hasMessageContaining("CRM_ALLOWED_ORIGINS");
        }
    }

    @Test
    void theBlobStoreSeesEveryCrmVariableAndTheResolvedDataDirectory() {
        Settings settings = Settings.from(Map.of("CRM_BLOB_STORE", "s3", "CRM_S3_BUCKET", "docs", "HOME", "/root",
                "CRM_DATA_DIR", "relative/data", "CRM_DOCUMENTS_MAX_BYTES", "268435456"));
        assertThat(settings.blobStore()).isEqualTo("s3");
        assertThat(settings.blobStoreConfiguration()).containsEntry("CRM_S3_BUCKET", "docs").doesNotContainKey("HOME")
                .containsEntry("CRM_DATA_DIR", settings.dataDirectory().toString());
        assertThat(settings.limits().maxDocumentBytes()).isEqualTo(256L * 1024 * 1024);
    }

    @Test
    void theDocumentSizeLimitIsAPositiveNumberOfBytesUpTo5GiB() {
        for (String bad : new String[] {"0", "-1", "25MB", "5368709121"}) {
            assertThatThrownBy(() -> Settings.from(Map.of("CRM_DOCUMENTS_MAX_BYTES", bad)))
                    .hasMessageContaining("CRM_DOCUMENTS_MAX_BYTES").hasMessageContaining("1 to 5368709120");
        }
    }

    @Test
    void aConfiguredDatabaseReplacesTheEmbeddedOne() {
        Settings settings = Settings.from(Map.of("CRM_DATABASE_URL", "jdbc:postgresql://db:5432/crm",
                "CRM_DATABASE_USER", "crm", "CRM_DATABASE_PASSWORD", "secret"));
        assertThat(settings.embeddedDatabase()).isFalse();
        assertThat(settings.databaseUser()).isEqualTo("crm");
    }

    @Test
    void aBadValueNamesItsVariableAndWhatItAccepts() {
        assertThatThrownBy(() -> Settings.from(Map.of("CRM_PORT", "70000")))
                .hasMessageContaining("CRM_PORT").hasMessageContaining("0 to 65535");
        assertThatThrownBy(() -> Settings.from(Map.of("CRM_DATABASE_POOL_SIZE", "many")))
                .hasMessageContaining("CRM_DATABASE_POOL_SIZE");
        assertThatThrownBy(() -> Settings.from(Map.of("CRM_DATABASE_URL", "postgres://x")))
                .hasMessageContaining("CRM_DATABASE_URL");
        assertThatThrownBy(() -> Settings.from(Map.of("CRM_IDLE_TIMEOUT_SECONDS", "0")))
                .hasMessageContaining("CRM_IDLE_TIMEOUT_SECONDS");
        assertThat(Settings.from(Map.of("CRM_IDLE_TIMEOUT_SECONDS", "45")).http().idleTimeout()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void printedSettingsShowNoSecret() {
        Settings settings = Settings.from(Map.of("CRM_DATABASE_URL", "jdbc:postgresql://db/crm?password=in-the-url",
                "CRM_DATABASE_PASSWORD", "database-secret", "CRM_BLOB_STORE", "s3", "CRM_S3_SECRET_ACCESS_KEY", "s3-secret",
                "CRM_GOOGLE_CLIENT_ID", "client-id", "CRM_GOOGLE_CLIENT_SECRET", "google-secret"));

        assertThat(settings.toString()).contains("jdbc:postgresql://db/crm", "s3", "client-id")
                .doesNotContain("in-the-url", "database-secret", "s3-secret", "google-secret");
    }

    @Test
    void trustedProxiesAreIpAddresses() {
        assertThat(Settings.from(Map.of()).http().trustedProxies()).isEmpty();
        assertThat(Settings.from(Map.of("CRM_TRUSTED_PROXIES", " 10.0.0.1, ::1 ")).http().trustedProxies()).hasSize(2);
        assertThatThrownBy(() -> Settings.from(Map.of("CRM_TRUSTED_PROXIES", "proxy.internal")))
                .hasMessageContaining("CRM_TRUSTED_PROXIES");
    }
}

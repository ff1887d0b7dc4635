package com.humanscrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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
        assertThat(settings.blobStore()).isEqualTo("filesystem");
        assertThat(settings.maxDocumentBytes()).isEqualTo(25L * 1024 * 1024);
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
    }

    @Test
    void printedSettingsShowNoSecret() {
        Settings settings = Settings.from(Map.of("CRM_DATABASE_URL", "jdbc:postgresql://db/crm?password=in-the-url",
                "CRM_DATABASE_PASSWORD", "database-secret", "CRM_BLOB_STORE", "s3", "CRM_S3_SECRET_ACCESS_KEY", "s3-secret"));

        assertThat(settings.toString()).contains("jdbc:postgresql://db/crm", "s3")
                .doesNotContain("in-the-url", "database-secret", "s3-secret");
    }
}

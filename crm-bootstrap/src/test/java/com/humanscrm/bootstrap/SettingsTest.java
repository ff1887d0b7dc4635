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
}

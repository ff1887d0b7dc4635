package com.humanscrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    private static final String URL = "jdbc:postgresql://localhost/crm";
    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void theDefaultsSuitATwoCoreMachine() {
        DatabaseSettings settings = DatabaseSettings.of(URL, "crm", "secret");

        assertThat(settings.poolSize()).isEqualTo(4);
        assertThat(settings.credentialCacheTtl()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.lastUsedFlushInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void thePasswordNeverReachesALog() {
        assertThat(DatabaseSettings.of(URL, "crm", "secret").toString()).doesNotContain("secret").contains("password=***", URL);
        assertThat(DatabaseSettings.of(URL, null, null).toString()).contains("password=none");
    }

    @Test
    void aPoolNeedsAConnection() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DatabaseSettings(URL, "crm", null, 0, SECOND, SECOND))
                .withMessageContaining("poolSize");
    }

    @Test
    void aCacheAndAFlushIntervalMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DatabaseSettings(URL, "crm", null, 1, Duration.ZERO, SECOND))
                .withMessageContaining("credentialCacheTtl");
        assertThatIllegalArgumentException().isThrownBy(() -> new DatabaseSettings(URL, "crm", null, 1, SECOND, SECOND.negated()))
                .withMessageContaining("lastUsedFlushInterval");
        assertThatNullPointerException().isThrownBy(() -> new DatabaseSettings(URL, "crm", null, 1, null, SECOND));
    }

    @Test
    void aDatabaseNeedsAnAddress() {
        assertThatNullPointerException().isThrownBy(() -> DatabaseSettings.of(null, "crm", null)).withMessage("jdbcUrl");
    }
}

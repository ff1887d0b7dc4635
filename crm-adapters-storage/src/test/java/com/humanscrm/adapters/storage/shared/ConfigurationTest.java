package com.humanscrm.adapters.storage.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a setting is read: a blank one is unset, and a malformed one is refused by its name. */
class ConfigurationTest {

    @Test
    void aFlagIsTrueOrFalseInAnyCaseAndOtherwiseItsDefault() {
        Configuration settings = new Configuration(Map.of("ON", " TRUE ", "OFF", "False", "BLANK", " "));

        assertThat(settings.flag("ON", false)).isTrue();
        assertThat(settings.flag("OFF", true)).isFalse();
        assertThat(settings.flag("BLANK", true)).isTrue();
        assertThat(settings.flag("UNSET", false)).isFalse();
        assertThatThrownBy(() -> new Configuration(Map.of("FLAG", "1")).flag("FLAG", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("FLAG must be true or false, not: 1");
    }

    @Test
    void aUrlIsReadAsItIsGiven() {
        Configuration settings = new Configuration(Map.of("URL", "https://s3.example.com:9000", "BLANK", ""));

        assertThat(settings.uri("URL")).hasValue(URI.create("https://s3.example.com:9000"));
        assertThat(settings.uri("BLANK")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"s3.example.com", "localhost:9000", "https://s3 example.com"})
    void aUrlWithoutSchemeOrHostOrThatIsNoUrlAtAllIsRefusedByItsName(String value) {
        assertThatThrownBy(() -> new Configuration(Map.of("URL", value)).uri("URL"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("URL must be a URL such as https://s3.example.com, not: " + value);
    }

    @Test
    void aRequiredSettingLeftBlankIsRefusedSayingWhatItIsFor() {
        assertThatThrownBy(() -> new Configuration(Map.of("BUCKET", "  ")).required("BUCKET", "the bucket"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("BUCKET is required: the bucket");
    }
}

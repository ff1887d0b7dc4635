package com.humanscrm.application.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WebOriginsTest {

    @ParameterizedTest
    @CsvSource({
            "https://crm.example.com/humans/1?tab=pets#top, https://crm.example.com",
            "HTTPS://CRM.Example.com:443, https://crm.example.com",
            "http://localhost:80/, http://localhost",
            "http://localhost:5173/dashboard, http://localhost:5173",
            "https://crm.example.com:8443, https://crm.example.com:8443",
            "https://crm.example.com:65535, https://crm.example.com:65535",
            "'  https://crm.example.com/  ', https://crm.example.com"})
    void anOriginIsSchemeAndHostInLowerCaseWithAPortOnlyWhenItIsNotTheSchemesOwn(String url, String origin) {
        assertThat(WebOrigins.of(url)).contains(origin);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "null", "/humans/1", "//crm.example.com/x", "javascript:alert(1)", "https:crm.example.com",
            "ftp://crm.example.com/", "https://user@crm.example.com/", "https:///humans", "https://crm example.com/",
            "https://crm.example.com:65536", "https://crm.example.com:99999"})
    void anythingButAnAbsoluteHttpUrlHasNoOrigin(String url) {
        assertThat(WebOrigins.of(url)).isEmpty();
    }

    @Test
    void aUriHasTheOriginOfItsText() {
        assertThat(WebOrigins.of(URI.create("https://Admin.Example.com:443/x"))).contains("https://admin.example.com");
        assertThat(WebOrigins.of(URI.create("humans/1"))).isEmpty();
    }
}

package com.humanscrm.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ApiKeySecretTest {

    @Test
    void generatedSecretsAreMarkedAndNeverRepeat() {
        Set<String> secrets = new HashSet<>();
        IntStream.range(0, 1_000).forEach(i -> secrets.add(ApiKeySecret.generate().value()));

        assertThat(secrets).hasSize(1_000).allSatisfy(value -> assertThat(value).startsWith("crm_").hasSizeGreaterThan(40));
    }

    @Test
    void theHashIsTheSha256OfTheSecretInHexAndStable() {
        // The FIPS 180-2 test vector: pins the algorithm, so stored hashes keep matching across releases.
        assertThat(ApiKeySecret.hashOf("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        ApiKeySecret secret = ApiKeySecret.generate();
        assertThat(secret.hash()).isEqualTo(ApiKeySecret.hashOf(secret.value())).isEqualTo(secret.hash());
    }

    @Test
    void thePrefixIsTheMarkerAndSixCharacters() {
        assertThat(new ApiKeySecret("crm_abcdefghij").prefix()).isEqualTo("crm_abcdef");
        assertThat(new ApiKeySecret("crm").prefix()).as("a short secret is its own prefix").isEqualTo("crm");
    }

    @Test
    void toStringShowsOnlyThePrefix() {
        // Records print every component by default: one log line would leak the key.
        ApiKeySecret secret = ApiKeySecret.generate();

        assertThat(secret.toString()).doesNotContain(secret.value()).contains(secret.prefix());
    }
}

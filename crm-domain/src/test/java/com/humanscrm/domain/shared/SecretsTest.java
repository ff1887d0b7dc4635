package com.humanscrm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void aSecretIsTheMarkerAndThirtyTwoRandomBytesInUrlSafeBase64() {
        String secret = Secrets.generate("st_");

        assertThat(secret).matches("st_[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(secret.substring(3))).hasSize(32);
        assertThat(Secrets.generate("")).as("no marker").matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void secretsNeverRepeat() {
        Set<String> secrets = new HashSet<>();
        IntStream.range(0, 1_000).forEach(i -> secrets.add(Secrets.generate("")));

        assertThat(secrets).hasSize(1_000);
    }

    @Test
    void theHashIsSha256OfTheUtf8BytesInLowerCaseHex() {
        // FIPS 180-2 test vectors, and one beyond ASCII to pin the encoding.
        assertThat(Secrets.sha256Hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Secrets.sha256Hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Secrets.sha256Hex("é")).isEqualTo(Secrets.sha256Hex("\u00e9")).matches("[0-9a-f]{64}")
                .isNotEqualTo(Secrets.sha256Hex("e"));
    }
}

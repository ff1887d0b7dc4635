package com.humanscrm.domain.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.domain.shared.Secrets;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SessionTokenTest {

    @Test
    void generatedTokensAreMarkedUrlSafeAndNeverRepeat() {
        Set<String> tokens = new HashSet<>();
        IntStream.range(0, 1_000).forEach(i -> tokens.add(SessionToken.generate().value()));

        assertThat(tokens).hasSize(1_000)
                .allSatisfy(value -> assertThat(value).matches("crms_[A-Za-z0-9_-]{43}"));
    }

    @Test
    void theHashIsTheSha256HexOfTheToken() {
        SessionToken token = SessionToken.generate();

        assertThat(token.hash()).isEqualTo(Secrets.sha256Hex(token.value())).matches("[0-9a-f]{64}");
        assertThat(new SessionToken("abc").hash()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void toStringNeverShowsTheToken() {
        SessionToken token = SessionToken.generate();

        assertThat(token.toString()).doesNotContain(token.value()).doesNotContain(token.value().substring(5));
    }
}

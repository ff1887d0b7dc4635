package com.humanscrm.application.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The values an idempotency store keeps refuse what cannot be replayed; what the stores do is their contract's business. */
class IdempotencyValuesTest {

    private static final Map<String, String> LOCATION = Map.of("Location", "/api/humans/1");

    @Test
    void onlyASuccessIsKeptAsAFirstResponse() {
        // A failure releases its key instead, so that a corrected request can be sent under it.
        assertThatIllegalArgumentException().isThrownBy(() -> new FirstResponse(199, LOCATION, bytes("{}")));
        assertThatIllegalArgumentException().isThrownBy(() -> new FirstResponse(300, LOCATION, bytes("{}")))
                .withMessageContaining("300");
        assertThat(new FirstResponse(200, Map.of(), bytes("{}")).status()).isEqualTo(200);
        assertThat(new FirstResponse(299, Map.of(), bytes("{}")).status()).isEqualTo(299);
    }

    @Test
    void aFirstResponseKeepsItsOwnCopyOfTheBody() {
        byte[] body = bytes("{\"id\":1}");
        FirstResponse response = new FirstResponse(201, LOCATION, body);

        body[0] = 'X';
        response.body()[1] = 'X';

        assertThat(response.body()).isEqualTo(bytes("{\"id\":1}"));
        assertThat(response.kept()).isTrue();
    }

    @Test
    void aResponseThatWasNotKeptHasNoBodyAndSaysSo() {
        FirstResponse notKept = FirstResponse.notKept(201);

        assertThat(notKept.kept()).isFalse();
        assertThat(notKept.body()).isNull();
        assertThat(notKept.headers()).isEmpty();
        assertThat(notKept).hasToString("FirstResponse[201 {}, not kept]");
    }

    @Test
    void firstResponsesAreEqualWhenStatusHeadersAndBodyBytesAre() {
        FirstResponse created = new FirstResponse(201, LOCATION, bytes("{}"));

        assertThat(created).isEqualTo(new FirstResponse(201, LOCATION, bytes("{}")))
                .hasSameHashCodeAs(new FirstResponse(201, LOCATION, bytes("{}")))
                .isNotEqualTo(new FirstResponse(200, LOCATION, bytes("{}")))
                .isNotEqualTo(new FirstResponse(201, Map.of("Location", "/api/humans/2"), bytes("{}")))
                .isNotEqualTo(new FirstResponse(201, LOCATION, bytes("{ }")))
                .isNotEqualTo(FirstResponse.notKept(201))
                .isNotEqualTo("201 Created");
    }

    @Test
    void aFirstResponsesHashFollowsItsBodyBytesNotJustItsStatusAndHeaders() {
        // Responses are told apart by their bytes; hashing only the rest would pile every body of one request onto one bucket.
        assertThat(new FirstResponse(201, LOCATION, bytes("{\"id\":1}")))
                .doesNotHaveSameHashCodeAs(new FirstResponse(201, LOCATION, bytes("{\"id\":2}")))
                .doesNotHaveSameHashCodeAs(FirstResponse.notKept(201));
    }

    @Test
    void aFirstResponseShowsTheSizeOfItsBodyNotItsBytes() {
        assertThat(new FirstResponse(201, LOCATION, bytes("{\"name\":\"Ada\"}")).toString())
                .isEqualTo("FirstResponse[201 {Location=/api/humans/1}, 14 bytes]").doesNotContain("Ada");
    }

    @Test
    void aFingerprintIsTheSha256OfMethodPathAndBody() {
        Fingerprint fingerprint = Fingerprint.of("POST", "/api/humans", bytes("{}"));

        assertThat(fingerprint.sha256()).matches("[0-9a-f]{64}");
        assertThat(fingerprint).isEqualTo(Fingerprint.of("POST", "/api/humans", bytes("{}")))
                .isNotEqualTo(Fingerprint.of("PUT", "/api/humans", bytes("{}")))
                .isNotEqualTo(Fingerprint.of("POST", "/api/humans/", bytes("{}")))
                .isNotEqualTo(Fingerprint.of("POST", "/api/humans", bytes("{ }")));
    }

    @Test
    void aFingerprintIsSixtyFourLowerCaseHexDigits() {
        String sha256 = Fingerprint.of("POST", "/api/humans", bytes("{}")).sha256();

        assertThat(new Fingerprint(sha256)).isEqualTo(new Fingerprint(sha256));
        assertThatIllegalArgumentException().isThrownBy(() -> new Fingerprint(sha256.toUpperCase()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Fingerprint(sha256.substring(1)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

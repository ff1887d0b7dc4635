package com.humanscrm.application.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.humanscrm.application.idempotency.Idempotency.Claim;
import com.humanscrm.application.idempotency.Idempotency.Replay;
import com.humanscrm.application.idempotency.Idempotency.Request;
import com.humanscrm.application.idempotency.Idempotency.Run;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.testing.Refusals;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.shared.ConflictException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyTest extends UseCaseTest {

    private final Idempotency idempotency = useCases.idempotency();
    private final FirstResponse created = new FirstResponse(201, Map.of("Location", "/api/humans/1", "ETag", "\"1\""),
            "{\"data\":{}}".getBytes(StandardCharsets.UTF_8));

    @Test
    void theFirstRequestUnderAKeyRunsAndItsRetriesReplayItsResponse() {
        Run run = run(agent, "key-1", "{\"a\":1}");
        idempotency.settle(run, created);

        Claim retry = idempotency.claim(agent, "key-1", request("{\"a\":1}"));

        assertThat(retry).isEqualTo(new Replay(created));
    }

    @Test
    void aRetryWhileTheFirstRequestRunsIsAConflict() {
        run(agent, "key-1", "{\"a\":1}");

        Refusals.refusal(ConflictException.class, Idempotency.KEY_IN_USE,
                () -> idempotency.claim(agent, "key-1", request("{\"a\":1}")));
    }

    @Test
    void anotherRequestUnderAUsedKeyIsRefused() {
        idempotency.settle(run(agent, "key-1", "{\"a\":1}"), created);

        Refusals.refusal(IdempotencyKeyReusedException.class, "IDEMPOTENCY_KEY_REUSED",
                () -> idempotency.claim(agent, "key-1", request("{\"a\":2}")));
        Refusals.refusal(IdempotencyKeyReusedException.class, "IDEMPOTENCY_KEY_REUSED",
                () -> idempotency.claim(agent, "key-1", new Request("POST", "/api/other", "{\"a\":1}".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aFailedRequestReleasesItsKeyForACorrectedOne() {
        idempotency.settle(run(agent, "key-1", "{\"invalid\":true}"), null);

        assertThat(idempotency.claim(agent, "key-1", request("{\"corrected\":true}"))).isInstanceOf(Run.class);
    }

    @Test
    void keysAreEachColleaguesOwn() {
        idempotency.settle(run(agent, "key-1", "{\"a\":1}"), created);

        assertThat(idempotency.claim(manager, "key-1", request("{\"b\":2}"))).isInstanceOf(Run.class);
    }

    @Test
    void aKeyIsForgottenAfterADay() {
        idempotency.settle(run(agent, "key-1", "{\"a\":1}"), created);
        crm.clock.advance(Idempotency.KEPT.plus(Duration.ofSeconds(1)));

        assertThat(idempotency.claim(agent, "key-1", request("{\"a\":2}"))).isInstanceOf(Run.class);
    }

    @Test
    void aSuccessWhoseResponseWasNotKeptIsNotRunAgainNorReplayed() {
        idempotency.settle(run(admin, "key-1", "{\"name\":\"ci\"}"), FirstResponse.notKept(201));

        Refusals.refusal(ConflictException.class, Idempotency.RESPONSE_NOT_KEPT,
                () -> idempotency.claim(admin, "key-1", request("{\"name\":\"ci\"}")));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "naïve", "tab\there", "line\nbreak"})
    void aKeyMustBeOneTo255PrintableAsciiCharacters(String key) {
        assertThat(refusedOnField("Idempotency-Key", () -> idempotency.claim(agent, key, request("{}"))))
                .containsExactly("must be 1 to 255 printable ASCII characters");
    }

    @Test
    void theLongestKeyIsAccepted() {
        assertThat(idempotency.claim(agent, "k".repeat(255), request("{}"))).isInstanceOf(Run.class);
        refusedOnField("Idempotency-Key", () -> idempotency.claim(agent, "k".repeat(256), request("{}")));
    }

    @Test
    void aRequestWithoutABodyIsTheSameRequestAsOneWithAnEmptyBody() {
        idempotency.settle((Run) idempotency.claim(agent, "key-1", new Request("POST", "/api/humans/1/restore", null)), created);

        assertThat(idempotency.claim(agent, "key-1", new Request("POST", "/api/humans/1/restore", new byte[0])))
                .isEqualTo(new Replay(created));
    }

    @Test
    void theOperatorHasNoKeys() {
        assertThatThrownBy(() -> idempotency.claim(Actor.operator(), "key-1", request("{}")))
                .isInstanceOf(NullPointerException.class);
    }

    private Run run(Actor actor, String key, String body) {
        return (Run) idempotency.claim(actor, key, request(body));
    }

    private static Request request(String body) {
        return new Request("POST", "/api/humans", body.getBytes(StandardCharsets.UTF_8));
    }
}

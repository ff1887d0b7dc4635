package com.humanscrm.adapters.http.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.InMemoryApi;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();

    @Test
    void aWellFormedRequestIdIsKept() {
        var answer = api.anonymous().get("/health/live").header("X-Request-Id", "Checkout-42.retry_1").send();

        assertThat(answer.header("X-Request-Id")).isEqualTo("Checkout-42.retry_1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "semi;colon", "<script>", "é", "x12345678901234567890123456789012345678901234567890123456789012345"})
    void anythingElseIsReplacedByAFreshId(String offered) {
        var answer = api.anonymous().get("/health/live").header("X-Request-Id", offered).send();

        assertThat(UUID.fromString(answer.header("X-Request-Id"))).isNotNull();
    }

    @Test
    void everyRequestGetsAnIdEvenWhenItFails() {
        var first = api.anonymous().get("/api/nothing-here").offContract().send();
        var second = api.anonymous().get("/api/humans").offContract().send();

        assertThat(first.header("X-Request-Id")).isNotBlank().isEqualTo(first.json().get("requestId").asString())
                .isNotEqualTo(second.header("X-Request-Id"));
        assertThat(second.json().get("requestId").asString()).isEqualTo(second.header("X-Request-Id"));
    }
}

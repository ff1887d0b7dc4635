package com.humanscrm.adapters.http.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.domain.colleague.Role;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Input that is well-formed JSON or a well-formed URL, yet nothing could store: a NUL, half a
 * surrogate pair, a timestamp beyond any database's range. Each is the client's mistake, named by
 * its field, before it can reach (and crash on) the database.
 */
class UnstorableInputTest {

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();
    private final ApiClient admin = api.as(Role.ADMIN);

    @Test
    void aNulInABodyStringIsRefusedUnderItsField() {
        String body = """
                {"firstName": "Gr\\u0000ace", "lastName": "Hopper", "types": ["client"],
                 "emails": [{"email": "grace@example.com", "label": "\\u0000"}]}""";

        var refused = admin.post("/api/humans", body).offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).containsKey("firstName");
    }

    @Test
    void halfASurrogatePairIsRefusedRatherThanStoredAsAQuestionMark() {
        admin.post("/api/lookup-lists/human-email-labels/items", "{\"name\": \"\\ud800\"}").offContract().send()
                .expectProblem(422, "VALIDATION_FAILED");
    }

    @Test
    void aNulInAQueryParameterIsRefusedUnderItsName() {
        var refused = admin.get("/api/humans?q=%00").offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).containsKey("q");
    }

    @Test
    void aParameterGivenTwiceIsRefusedRatherThanGuessedAt() {
        var refused = admin.get("/api/humans?limit=1&limit=200").offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).containsKey("limit");
    }

    @Test
    void aCursorCarryingANulIsNotOneThisApiIssued() {
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "1\nlastName\n\u0000\n01a20175-080d-7266-b7b4-6343d1ef8a80".getBytes(StandardCharsets.UTF_8));

        admin.get("/api/humans?sort=lastName&cursor=" + cursor).send().expectProblem(400, "MALFORMED_REQUEST");
    }

    @Test
    void anExpiryBeyondAnyCalendarIsRefused() {
        String colleagueId = api.crm.colleague(Role.AGENT).id().toString();

        var refused = admin.post("/api/admin/api-keys",
                        "{\"colleagueId\": \"" + colleagueId + "\", \"name\": \"n\", \"expiresAt\": \"+999999999-01-01T00:00:00Z\"}")
                .offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).containsKey("expiresAt");
    }
}

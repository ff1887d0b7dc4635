package com.humanscrm.adapters.http.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.domain.colleague.Role;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** No input, however malformed, makes a server error: every route that reads a body gets garbage. */
class GarbageInputTest {

    private static final List<String> GARBAGE = List.of(
            "{", "}", "[]", "[1, 2]", "\"Ada\"", "42", "true", "null", "{} {}", "{\"a\": 1,}", "{'a': 1}",
            "{\"firstName\": \"Ada\", \"firstName\": \"Ada\"}",
            "{\"name\": 1e999999}", "{\"name\": " + "9".repeat(5_000) + "}",
            "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000),
            "{\"name\": \"\u0000\"}", "\uFEFF{}", "   ", "\u00e9\u00e8",
            "{\"emails\": {\"email\": \"a@example.com\"}}", "{\"types\": \"client\"}", "{\"types\": [[]]}",
            "{\"isActive\": \"false\"}", "{\"isPrimary\": 1}", "{\"colleagueId\": 12}", "{\"expiresAt\": true}",
            "{\"name\": {\"$gt\": \"\"}}", "{\"__proto__\": {}}");

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();
    private final ApiClient admin = api.as(Role.ADMIN);

    static Stream<String> routesWithABody() {
        String id = UUID.randomUUID().toString();
        return Stream.of(
                "POST /api/humans", "PATCH /api/humans/" + id,
                "POST /api/humans/" + id + "/emails", "PATCH /api/humans/" + id + "/emails/" + id,
                "POST /api/humans/" + id + "/phone-numbers", "PATCH /api/humans/" + id + "/phone-numbers/" + id,
                "POST /api/lookup-lists/human-email-labels/items", "PATCH /api/lookup-lists/human-email-labels/items/" + id,
                "POST /api/admin/colleagues", "PATCH /api/admin/colleagues/" + id,
                "POST /api/admin/api-keys");
    }

    @ParameterizedTest
    @MethodSource("routesWithABody")
    void garbageIsAClientErrorNeverAServerError(String route) {
        String[] methodAndPath = route.split(" ");
        for (String body : GARBAGE) {
            ApiResponse answer = admin.call(methodAndPath[0], methodAndPath[1], body).offContract().send();

            assertThat(answer.status())
                    .as("%s with %s answered %s", route, body.length() > 80 ? body.substring(0, 80) : body, answer.body())
                    .isIn(400, 422);
        }
    }

    @ParameterizedTest
    @MethodSource("routesWithABody")
    void aBodyThatIsNotJsonIsRefusedByMediaType(String route) {
        String[] methodAndPath = route.split(" ");

        admin.call(methodAndPath[0], methodAndPath[1], "<xml/>").contentType("application/xml").offContract().send()
                .expectProblem(415, "UNSUPPORTED_MEDIA_TYPE");
    }
}

package com.humanscrm.adapters.http.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.adapters.http.testing.Route;
import com.humanscrm.domain.colleague.Role;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticationTest {

    private static final Set<String> OPERATIONS = Set.of("/health/live", "/health/ready", "/openapi.json", "/docs");
    /** Signing in, and out, and asking who one is: each route decides what a credential means to it. */
    private static final Set<String> SIGN_IN = Set.of("/auth/google/login", "/auth/google/callback", "/auth/logout",
            "/auth/me");

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();

    @Test
    void everyRouteButThePublicOnesNeedsAKey() {
        protectedRoutes().forEach(route ->
                api.anonymous().call(route.method(), route.anyPath(), null).offContract().send()
                        .expectProblem(401, "AUTH_REQUIRED"));
    }

    @Test
    void everyRouteButThePublicOnesRefusesAnUnknownKey() {
        ApiClient stranger = api.anonymous().withApiKey("crm_not-a-real-key");
        protectedRoutes().forEach(route -> {
            var refused = stranger.call(route.method(), route.anyPath(), null).offContract().send()
                    .expectProblem(401, "AUTH_INVALID");
            assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer");
        });
    }

    @Test
    void aMissingKeyAsksForOne() {
        var refused = api.anonymous().get("/api/humans").offContract().send().expectProblem(401, "AUTH_REQUIRED");

        assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic YWRhOmxvdmVsYWNl", "Bearer", "Bearer    ", "Token abc", "bearer crm_nope"})
    void anAuthorizationThatIsNoKnownKeyIsInvalid(String authorization) {
        api.anonymous().get("/api/humans").header("Authorization", authorization).offContract().send()
                .expectProblem(401, "AUTH_INVALID");
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        String secret = api.crm.apiKey(Role.VIEWER);

        api.anonymous().get("/api/humans").header("Authorization", "bEaReR " + secret).send().expectStatus(200);
    }

    @Test
    void healthAndDocumentationAreOpen() {
        OPERATIONS.forEach(path -> api.anonymous().get(path).send().expectStatus(200));
    }

    private Stream<Route> protectedRoutes() {
        return Route.of(api.server.api()).stream()
                .filter(route -> !OPERATIONS.contains(route.template()) && !SIGN_IN.contains(route.template()));
    }
}

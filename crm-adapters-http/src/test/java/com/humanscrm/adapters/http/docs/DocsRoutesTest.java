package com.humanscrm.adapters.http.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.HttpTestServer;
import com.humanscrm.application.testing.InMemoryCrm;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class DocsRoutesTest {

    @AutoClose
    private final HttpTestServer server = HttpTestServer.start(new InMemoryCrm().useCases);

    @Test
    void theContractIsServedAsJson() {
        var spec = server.client().get("/openapi.json").send().expectStatus(200);

        assertThat(spec.header("Content-Type")).startsWith("application/json");
        assertThat(spec.json().get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(spec.json().get("paths").has("/api/humans/{id}")).isTrue();
    }

    @Test
    void swaggerUiIsServedFromThisServerAndPointsAtTheContract() throws Exception {
        var page = server.client().get("/docs").send().expectStatus(200);

        assertThat(page.body()).contains("url: \"/openapi.json\"").contains("/docs/assets/swagger-ui-bundle.js")
                .doesNotContain("https://");
        HttpResponse<String> bundle = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.uri().resolve("/docs/assets/swagger-ui-bundle.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.body()).contains("SwaggerUIBundle");
    }
}

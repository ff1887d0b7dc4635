package com.humanscrm.adapters.http.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.humanscrm.domain.colleague.Role;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.json.JavalinJackson3;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The harness is only worth something if it fails: these exchanges break the document. */
class OpenApiContractTest {

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();

    @Test
    void aRequestOutsideTheDocumentFailsTheTest() {
        ApiClient agent = api.as(Role.AGENT);

        assertThatThrownBy(() -> agent.get("/api/humans?colour=red").send())
                .isInstanceOf(AssertionError.class).hasMessageContaining("validation.request.parameter.query.unexpected");
        assertThatThrownBy(() -> agent.post("/api/humans", Map.of("nickname", "Ada")).send())
                .isInstanceOf(AssertionError.class).hasMessageContaining("validation.request.body.schema");
        assertThatThrownBy(() -> agent.get("/api/humanz").send())
                .isInstanceOf(AssertionError.class).hasMessageContaining("validation.request.path.missing");
    }

    @Test
    void aResponseOutsideTheDocumentFailsTheTestEvenForARequestOffContract() {
        try (Server liar = new Server(ctx -> ctx.json(Map.of("status", "up", "uptime", 5)))) {
            assertThatThrownBy(() -> liar.client().get("/health/live").offContract().send())
                    .isInstanceOf(AssertionError.class).hasMessageContaining("additionalProperties");
        }
        try (Server plain = new Server(ctx -> ctx.result("up"))) {
            assertThatThrownBy(() -> plain.client().get("/health/live").send())
                    .isInstanceOf(AssertionError.class).hasMessageContaining("validation.response.contentType");
        }
    }

    @Test
    void anErrorOutsideTheDocumentMustStillBeAProblem() {
        try (Server bare = new Server(ctx -> ctx.status(404).result("Not found"))) {
            assertThatThrownBy(() -> bare.client().get("/nowhere").offContract().send())
                    .isInstanceOf(AssertionError.class).hasMessageContaining("problem+json");
        }
    }

    /** A server that answers every GET with the same handler, right or wrong. */
    private static final class Server implements AutoCloseable {

        private final Javalin app;

        Server(Handler handler) {
            app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.jsonMapper(new JavalinJackson3(null, false));
                config.routes.get("/*", handler);
            }).start(0);
        }

        ApiClient client() {
            return new ApiClient(URI.create("http://localhost:" + app.port() + "/"));
        }

        @Override
        public void close() {
            app.stop();
        }
    }
}

package com.humanscrm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.docs.DocsRoutes;
import com.humanscrm.adapters.http.testing.Route;
import com.humanscrm.application.testing.InMemoryCrm;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The document and the server describe the same API: no route undocumented, no documented route missing. */
class OpenApiDocumentTest {

    private static final String HEAD = "HEAD";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final String document = read();
    private final List<Route> routes = Route.of(HttpApi.create(new HttpSettings(0), new InMemoryCrm().useCases, () -> true));

    @Test
    void theDocumentIsValidOpenApi31() {
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document);

        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    }

    @Test
    void everyRouteOfTheServerIsInTheDocumentAndViceVersa() {
        List<Route> served = routes.stream().filter(route -> !route.method().equals(HEAD)).toList();

        assertThat(served).hasSizeGreaterThan(25).containsExactlyInAnyOrderElementsOf(documented());
    }

    /**
     * HEAD is documented once, as a rule in the document's description, not as a copy of every GET operation;
     * the server keeps the rule: a HEAD route for each GET route (on the two sign-in steps, one that refuses
     * rather than signs anyone in), and none elsewhere.
     */
    @Test
    void headIsServedOnEveryGetRouteAndNowhereElseAsTheDocumentSaysOnce() {
        List<Route> heads = routes.stream().filter(route -> route.method().equals(HEAD)).toList();
        List<Route> gets = routes.stream().filter(route -> route.method().equals("GET"))
                .map(get -> new Route(HEAD, get.template())).toList();

        assertThat(heads).isNotEmpty().containsExactlyInAnyOrderElementsOf(gets);
        assertThat(new YAMLMapper().readTree(document).get("info").get("description").asString())
                .contains("`HEAD` works on every `GET` route");
    }

    /** What generated clients tripped over: they never sent their key to /auth/me, and took X-Request-Id for an argument. */
    @Test
    void generatedClientsFindAServerSendCredentialsWhereTheyCountAndGetNoRequestIdArgument() {
        JsonNode root = new YAMLMapper().readTree(document);

        assertThat(root.at("/servers/0/url").asString()).startsWith("http");
        assertThat(root.at("/info/license/name").asString()).isNotBlank();
        assertThat(root.at("/info/contact/email").asString()).contains("@");
        // Anyone may ask (an empty requirement), and a caller with a key or cookie sends it.
        assertThat(root.at("/paths/~1auth~1me/get/security").toString()).contains("{}").contains("apiKey").contains("sessionCookie");
        List<String> requestIdParameters = new ArrayList<>();
        root.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                operation.getValue().path("parameters").forEach(parameter -> {
                    if (parameter.toString().contains("RequestId") || "X-Request-Id".equals(parameter.path("name").asString(""))) {
                        requestIdParameters.add(operation.getKey() + " " + path.getKey());
                    }
                })));
        assertThat(requestIdParameters).as("operations taking X-Request-Id as a parameter").isEmpty();
    }

    @Test
    void everyPostNeedingASignInTakesAnIdempotencyKeyAndSaysWhenItsAnswerIsAReplay() {
        JsonNode paths = new YAMLMapper().readTree(document).get("paths");
        List<String> posts = new ArrayList<>();
        paths.properties().forEach(path -> {
            JsonNode post = path.getValue().get("post");
            // A public POST (signing out) creates nothing and keeps no key: IdempotencyKeys passes public routes by.
            if (post == null || isPublic(post)) {
                return;
            }
            posts.add(path.getKey());
            assertThat(post.get("parameters").findValuesAsString("$ref")).as("parameters of POST %s", path.getKey())
                    .contains("#/components/parameters/IdempotencyKey");
            post.get("responses").properties().stream()
                    .filter(response -> response.getKey().startsWith("2"))
                    .forEach(success -> assertThat(success.getValue().get("headers").has("Idempotent-Replayed"))
                            .as("Idempotent-Replayed on %s of POST %s", success.getKey(), path.getKey()).isTrue());
            assertThat(post.get("responses").has("409")).as("409 of POST %s", path.getKey()).isTrue();
            assertThat(post.get("responses").has("422")).as("422 of POST %s", path.getKey()).isTrue();
        });
        assertThat(posts).isNotEmpty();
    }

    private List<Route> documented() {
        List<Route> documented = new ArrayList<>();
        JsonNode paths = new YAMLMapper().readTree(document).get("paths");
        paths.properties().forEach(path -> path.getValue().propertyNames().stream()
                .filter(METHODS::contains)
                .forEach(method -> documented.add(new Route(method.toUpperCase(Locale.ROOT), path.getKey()))));
        return documented;
    }

    private static boolean isPublic(JsonNode operation) {
        JsonNode security = operation.get("security");
        return security != null && security.isArray() && security.isEmpty();
    }

    private static String read() {
        try (InputStream in = DocsRoutes.class.getResourceAsStream(DocsRoutes.SPEC_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

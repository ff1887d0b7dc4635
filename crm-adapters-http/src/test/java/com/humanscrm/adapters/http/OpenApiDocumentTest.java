package com.humanscrm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.humanscrm.adapters.http.docs.OpenApiDocument;
import com.humanscrm.adapters.http.shared.Json;
import com.humanscrm.adapters.http.testing.Route;
import com.humanscrm.application.testing.InMemoryCrm;
import com.humanscrm.domain.shared.RecordKind;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The document and the server describe the same API, and the document is one that generated clients
 * use as they are: every operation found by name, every enum a named type, every error it can meet declared.
 */
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    /** A HEAD there only refuses (405), as the document's conventions say: no operation to call. */
    private static final List<Route> REFUSED_HEADS = List.of(
            new Route("HEAD", "/auth/google/login"), new Route("HEAD", "/auth/google/callback"));

    private final JsonNode document = OpenApiDocument.assemble();
    private final List<Route> routes = Route.of(HttpApi.create(new HttpSettings(0), new InMemoryCrm().useCases, () -> true));

    @Test
    void theDocumentIsValidOpenApi31() {
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.toString());

        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    }

    /** The build runs the writer to generate a client from the document, into a folder that may not exist yet. */
    @Test
    void theWriterPutsTheWholeDocumentIntoTheFileItIsGiven(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("generated/openapi.json");

        OpenApiDocument.main(new String[] {file.toString()});

        assertThat(Json.MAPPER.readTree(file.toFile())).isEqualTo(document);
    }

    @Test
    void theWriterWantsExactlyOneFile() {
        assertThatIllegalArgumentException().isThrownBy(() -> OpenApiDocument.main(new String[0]))
                .withMessageStartingWith("Usage: ");
        assertThatIllegalArgumentException().isThrownBy(() -> OpenApiDocument.main(new String[] {"a.json", "b.json"}))
                .withMessageStartingWith("Usage: ");
    }

    @Test
    void everyRouteOfTheServerIsInTheDocumentAndViceVersa() {
        List<Route> served = routes.stream().filter(route -> !REFUSED_HEADS.contains(route)).toList();

        assertThat(routes).containsAll(REFUSED_HEADS);
        assertThat(served).hasSizeGreaterThan(40).containsExactlyInAnyOrderElementsOf(documented());
    }

    @Test
    void eachHeadOperationTakesWhatItsGetTakesAndAnswersTheSameStatusesWithoutABody() {
        List<String> heads = new ArrayList<>();
        document.get("paths").properties().forEach(path -> {
            JsonNode head = path.getValue().get("head");
            if (head == null) {
                return;
            }
            heads.add(path.getKey());
            JsonNode get = path.getValue().get("get");
            assertThat(head.get("parameters")).as("HEAD %s", path.getKey()).isEqualTo(get.get("parameters"));
            assertThat(head.get("responses").propertyNames()).as("HEAD %s", path.getKey())
                    .containsExactlyElementsOf(get.get("responses").propertyNames());
            head.get("responses").forEach(response -> assertThat(resolved(response).has("content"))
                    .as("a body in an answer to HEAD %s", path.getKey()).isFalse());
        });
        assertThat(heads).contains("/api/humans/{id}", "/api/documents/{id}/content");
    }

    /** What generated clients tripped over: they never sent their key to /auth/me, and took X-Request-Id for an argument. */
    @Test
    void generatedClientsFindAServerSendCredentialsWhereTheyCountAndGetNoRequestIdArgument() {
        assertThat(document.at("/servers/0/url").asString()).startsWith("http");
        assertThat(document.at("/info/license/name").asString()).isNotBlank();
        assertThat(document.at("/info/contact/email").asString()).contains("@");
        // Anyone may ask (an empty requirement), and a caller with a key or cookie sends it.
        assertThat(document.at("/paths/~1auth~1me/get/security").toString()).contains("{}").contains("apiKey").contains("sessionCookie");
        List<String> requestIdParameters = new ArrayList<>();
        eachOperation((name, operation) -> operation.path("parameters").forEach(parameter -> {
            if (resolved(parameter).path("name").asString("").equalsIgnoreCase("X-Request-Id")) {
                requestIdParameters.add(name);
            }
        }));
        assertThat(requestIdParameters).as("operations taking X-Request-Id as a parameter").isEmpty();
    }

    /** An inline enum becomes a generated type named after where it sits ({@code ListHumansSortEnum}); a named one keeps its name. */
    @Test
    void everyEnumIsANamedSchemaAndOperationIdsAreUnique() {
        List<String> inline = new ArrayList<>();
        findEnums(document.get("paths"), "paths", inline);
        document.at("/components/schemas").properties().forEach(schema ->
                schema.getValue().properties().stream().filter(member -> !member.getKey().equals("enum"))
                        .forEach(member -> findEnums(member.getValue(), schema.getKey() + "." + member.getKey(), inline)));
        findEnums(document.at("/components/parameters"), "parameters", inline);
        assertThat(inline).as("inline enums").isEmpty();

        List<String> ids = new ArrayList<>();
        eachOperation((name, operation) -> ids.add(operation.path("operationId").asString(name)));
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][A-Za-z]+"));
        assertThat(document.at("/components/schemas/HumanSort/x-enum-varnames").size())
                .isEqualTo(document.at("/components/schemas/HumanSort/enum").size());
    }

    /** The kinds of record are the domain's, so a new kind reaches the document or this fails. */
    @Test
    void theKindsOfRecordAreTheDomainsKinds() {
        assertThat(document.at("/components/schemas/RecordKind/enum").valueStream().map(JsonNode::asString))
                .containsExactlyElementsOf(Arrays.stream(RecordKind.values()).map(RecordKind::wireName).toList());
        assertThat(document.at("/components/schemas/AttachableKind/enum").valueStream().map(JsonNode::asString))
                .containsExactlyElementsOf(Arrays.stream(RecordKind.values()).filter(RecordKind::holdsDocuments)
                        .map(RecordKind::wireName).toList());
    }

    /**
     * A generated client sends what the document lets it leave out as its default: an optional array in a
     * change is sent as {@code []} unless it may be null, and a change would then empty it.
     */
    @Test
    void noOptionalArrayOfAChangeDefaultsToEmpty() {
        eachOperation((name, operation) -> {
            if (!name.startsWith("PATCH")) {
                return;
            }
            JsonNode body = resolved(operation.at("/requestBody/content/application~1json/schema"));
            Set<String> required = new HashSet<>(body.path("required").valueStream().map(JsonNode::asString).toList());
            body.path("properties").properties().stream()
                    .filter(property -> !required.contains(property.getKey()))
                    .filter(property -> property.getValue().path("type").toString().contains("array"))
                    .forEach(property -> assertThat(property.getValue().get("type").toString())
                            .as("%s of %s", property.getKey(), name).contains("null"));
        });
    }

    /** The errors a client can meet are declared where it can meet them, so generated code can handle each. */
    @Test
    void everyOperationDeclaresTheErrorsItsInputsCanCause() {
        List<String> missing = new ArrayList<>();
        eachOperation((name, operation) -> {
            JsonNode responses = operation.get("responses");
            Set<String> parameters = new HashSet<>();
            Set<String> in = new HashSet<>();
            operation.path("parameters").forEach(parameter -> {
                parameters.add(parameter.path("$ref").asString(""));
                in.add(resolved(parameter).path("in").asString());
            });
            JsonNode security = operation.has("security") ? operation.get("security") : document.get("security");
            // Without an empty requirement ({}) among them, a caller must bring a key or a cookie.
            boolean secured = !security.isEmpty() && security.valueStream().noneMatch(JsonNode::isEmpty);
            List<String> expected = new ArrayList<>();
            if (secured) {
                expected.addAll(List.of("401", "403", "429"));
            }
            if (in.contains("path")) {
                expected.add("404");
            }
            if (operation.has("requestBody") || secured && in.contains("query")) {
                expected.add("422");
            }
            if (parameters.contains("#/components/parameters/IfMatch")) {
                expected.add("412");
            }
            if (parameters.contains("#/components/parameters/Cursor")) {
                expected.add("400");
            }
            expected.add("500");
            expected.stream().filter(status -> !responses.has(status)).forEach(status -> missing.add(name + " " + status));
        });
        assertThat(missing).as("undeclared errors").isEmpty();
    }

    @Test
    void everyPostNeedingASignInTakesAnIdempotencyKeyAndSaysWhenItsAnswerIsAReplay() {
        List<String> posts = new ArrayList<>();
        document.get("paths").properties().forEach(path -> {
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

    private void eachOperation(BiConsumer<String, JsonNode> check) {
        document.get("paths").properties().forEach(path -> path.getValue().properties().stream()
                .filter(method -> METHODS.contains(method.getKey()))
                .forEach(method -> check.accept(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), method.getValue())));
    }

    private List<Route> documented() {
        List<Route> documented = new ArrayList<>();
        eachOperation((name, operation) -> {
            String[] methodAndPath = name.split(" ", 2);
            documented.add(new Route(methodAndPath[0], methodAndPath[1]));
        });
        return documented;
    }

    /** The component a {@code $ref} names, or the node itself. */
    private JsonNode resolved(JsonNode node) {
        String ref = node.path("$ref").asString("");
        return ref.isEmpty() ? node : document.at(ref.substring(1));
    }

    private static void findEnums(JsonNode node, String where, List<String> found) {
        if (node.isObject()) {
            if (node.has("enum")) {
                found.add(where);
            }
            node.properties().forEach(member -> findEnums(member.getValue(), where + "." + member.getKey(), found));
        } else if (node.isArray()) {
            node.forEach(item -> findEnums(item, where, found));
        }
    }

    private static boolean isPublic(JsonNode operation) {
        JsonNode security = operation.get("security");
        return security != null && security.isArray() && security.isEmpty();
    }
}

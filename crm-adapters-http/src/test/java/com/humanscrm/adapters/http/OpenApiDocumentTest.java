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
        List<Route> documented = new ArrayList<>();
        JsonNode paths = new YAMLMapper().readTree(document).get("paths");
        paths.properties().forEach(path -> path.getValue().propertyNames().stream()
                .filter(METHODS::contains)
                .forEach(method -> documented.add(new Route(method.toUpperCase(Locale.ROOT), path.getKey()))));

        assertThat(routes).hasSizeGreaterThan(25).containsExactlyInAnyOrderElementsOf(documented);
    }

    private static String read() {
        try (InputStream in = DocsRoutes.class.getResourceAsStream(DocsRoutes.SPEC_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

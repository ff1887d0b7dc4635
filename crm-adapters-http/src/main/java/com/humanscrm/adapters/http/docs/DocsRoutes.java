package com.humanscrm.adapters.http.docs;

import com.humanscrm.adapters.http.shared.Authentication;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

/**
 * The contract ({@link OpenApiDocument}) served as JSON at {@code /openapi.json}, and Swagger UI
 * at {@code /docs} to try it out. Swagger UI comes from its webjar, so the page works offline and
 * loads nothing from a CDN.
 */
public final class DocsRoutes {

    private static final String ASSETS = "/docs/assets";

    private final String specJson;
    private final String page;

    private DocsRoutes() {
        // Put together once: the document cannot change while the server runs.
        specJson = OpenApiDocument.assemble().toString();
        page = resource("/openapi/swagger-ui.html").replace("{{assets}}", ASSETS);
    }

    public static void register(JavalinConfig config) {
        DocsRoutes docs = new DocsRoutes();
        config.staticFiles.add(files -> {
            files.hostedPath = ASSETS;
            files.directory = "/META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion();
            files.location = Location.CLASSPATH;
            files.roles = Set.of(Authentication.PUBLIC);
        });
        config.routes.get("/openapi.json", docs::spec, Authentication.PUBLIC);
        config.routes.get("/docs", docs::page, Authentication.PUBLIC);
    }

    private void spec(Context ctx) {
        ctx.contentType(ContentType.APPLICATION_JSON).result(specJson);
    }

    private void page(Context ctx) {
        ctx.html(page);
    }

    private static String swaggerUiVersion() {
        Properties pom = new Properties();
        try (InputStream in = DocsRoutes.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("The swagger-ui webjar is not on the classpath");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static String resource(String name) {
        try (InputStream in = DocsRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

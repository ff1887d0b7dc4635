package com.humanscrm.adapters.http.shared;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The headers that tell a browser how to treat every answer, errors and unknown paths included: never
 * guess a content type, never frame it, send no referrer on, and (served over HTTPS) use only HTTPS.
 */
public final class SecurityHeaders {

    static final String HSTS = "Strict-Transport-Security";

    private static final Map<String, String> ALWAYS = always();

    private final boolean https;

    /** @param https the API is served over HTTPS (its app URL is https), so HSTS goes on every answer */
    public SecurityHeaders(boolean https) {
        this.https = https;
    }

    public void install(RoutesConfig routes) {
        routes.before(this::apply);
    }

    private void apply(Context ctx) {
        apply(ctx::header, https || "https".equalsIgnoreCase(ctx.scheme()));
    }

    /** Sets the headers through {@code header}: for answers written outside Javalin (Jetty's own errors). */
    public void apply(BiConsumer<String, String> header, boolean overHttps) {
        ALWAYS.forEach(header);
        if (overHttps) {
            header.accept(HSTS, "max-age=31536000; includeSubDomains");
        }
    }

    boolean https() {
        return https;
    }

    private static Map<String, String> always() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        // Only framing is restricted: a fuller policy would also govern the documentation page's scripts.
        headers.put("Content-Security-Policy", "frame-ancestors 'none'");
        headers.put("Referrer-Policy", "no-referrer");
        return Map.copyOf(headers);
    }
}

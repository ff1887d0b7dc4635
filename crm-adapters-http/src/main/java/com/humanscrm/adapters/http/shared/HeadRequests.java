package com.humanscrm.adapters.http.shared;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.Endpoint;
import io.javalin.security.RouteRole;
import io.javalin.security.Roles;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code HEAD} answers as {@code GET} would, without the body (RFC 9110 §9.3.2), on every GET route.
 *
 * <p>Left to itself, Javalin answers a HEAD on a GET route with an empty 200 of its own: no ETag, no
 * Content-Length, not even authentication. So once every route is registered, each GET route gets a HEAD
 * route with the same handler and the same roles; filters, authentication, rate limits, errors and headers
 * then treat it exactly as the GET, and Jetty drops whatever body is written. A handler whose body is
 * costly to make (a document's bytes) asks {@link #isHead} and leaves it out.
 */
public final class HeadRequests {

    /**
     * Marks a GET that does something (the sign-in steps record or use up a one-time state, and call
     * Google): a HEAD there is refused with 405 before anything happens, yet under the GET's own access
     * rules (a public step needs no key for it either).
     */
    public static final RouteRole NOT_MIRRORED = new RouteRole() {
        @Override
        public String toString() {
            return "NOT_MIRRORED";
        }
    };

    private HeadRequests() {
    }

    /** Call last, after every route is registered: a GET route registered later has no HEAD. */
    public static void mirrorGets(JavalinConfig config) {
        List<Endpoint> endpoints = config.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .toList();
        Set<String> heads = endpoints.stream()
                .filter(endpoint -> endpoint.method.equals(HandlerType.HEAD))
                .map(endpoint -> endpoint.path)
                .collect(Collectors.toSet());
        endpoints.stream()
                .filter(endpoint -> endpoint.method.equals(HandlerType.GET) && !heads.contains(endpoint.path))
                .forEach(get -> config.routes.head(get.path,
                        List.of(roles(get)).contains(NOT_MIRRORED) ? HeadRequests::refused : get.handler, roles(get)));
    }

    private static void refused(Context ctx) {
        throw new MethodNotAllowedResponse("HEAD would not tell what GET does on " + ctx.path(),
                Map.of("availableMethods", HandlerType.GET.name()));
    }

    /** A HEAD request: what is written as its body is thrown away, so a handler need not make it. */
    public static boolean isHead(Context ctx) {
        return ctx.method().equals(HandlerType.HEAD);
    }

    private static RouteRole[] roles(Endpoint endpoint) {
        Roles roles = endpoint.metadata(Roles.class);
        return roles == null ? new RouteRole[0] : roles.getRoles().toArray(RouteRole[]::new);
    }
}

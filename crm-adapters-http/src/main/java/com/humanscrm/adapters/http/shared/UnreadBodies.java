package com.humanscrm.adapters.http.shared;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads, and drops, the body a GET or HEAD request brings. HTTP gives such a body no meaning and no
 * route here reads one, but Jetty resets a connection whose request content has not all been read when
 * the answer is done: a client whose body arrived a moment after its headers would lose the end of a
 * large answer (the OpenAPI document, a page of 200). Read as every body is ({@link Bodies#bytes}): one
 * past the size limit is 413, one that breaks off 400.
 */
public final class UnreadBodies {

    private UnreadBodies() {
    }

    public static void install(RoutesConfig routes) {
        routes.before(ctx -> {
            if ((ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) && hasBody(ctx.req())) {
                Bodies.bytes(ctx);
            }
        });
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }
}

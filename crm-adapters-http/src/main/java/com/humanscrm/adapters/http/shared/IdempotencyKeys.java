package com.humanscrm.adapters.http.shared;

import com.humanscrm.application.idempotency.FirstResponse;
import com.humanscrm.application.idempotency.Idempotency;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.security.RouteRole;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Idempotency-Key} on every {@code POST}, around the routes rather than in them: before a
 * route runs, the key is claimed (or its first response replayed, with {@code Idempotent-Replayed:
 * true}, and the route skipped); after it ran, a success is kept for the retries and anything else
 * releases the key. Installed after {@link Authentication}, since keys are each colleague's own.
 *
 * <p>A success marked {@code Cache-Control: no-store} (a new API key's secret) is remembered but not
 * kept, so the secret is stored nowhere; its retries are refused instead of replayed.
 *
 * <p>A route whose body is not a small JSON document (a streamed upload) is marked {@link #CLAIMED_BY_ROUTE}:
 * the body is not read here, and its use case judges the key once it knows what identifies the request; the
 * route then hands back the key to settle ({@link #settleAfterwards}) or the response to replay
 * ({@link #replay}). Settling works the same for both.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeys.class);
    private static final String RUN = IdempotencyKeys.class.getName();
    /** What describes the result besides the body; every other header is the server's of the moment. */
    private static final List<String> KEPT_HEADERS = List.of(Header.CONTENT_TYPE, Header.LOCATION, Header.ETAG);

    /**
     * Marks a {@code POST} route that claims its key itself, with a fingerprint of its own, instead of
     * having its whole body read (and held) before it runs.
     */
    public static final RouteRole CLAIMED_BY_ROUTE = new RouteRole() {
        @Override
        public String toString() {
            return "CLAIMED_BY_ROUTE";
        }
    };

    private final Idempotency idempotency;

    private IdempotencyKeys(Idempotency idempotency) {
        this.idempotency = idempotency;
    }

    public static void install(RoutesConfig routes, Idempotency idempotency) {
        IdempotencyKeys keys = new IdempotencyKeys(idempotency);
        routes.beforeMatched(keys::claim);
        routes.afterMatched(keys::settle);
    }

    private void claim(Context ctx) {
        if (ctx.method() != HandlerType.POST || ctx.routeRoles().contains(Authentication.PUBLIC)
                || ctx.routeRoles().contains(CLAIMED_BY_ROUTE) || ctx.header(HEADER) == null) {
            return;
        }
        Idempotency.Request request = new Idempotency.Request(ctx.method().name(), ctx.path(), Bodies.bytes(ctx));
        switch (idempotency.claim(Authentication.actor(ctx), ctx.header(HEADER), request)) {
            case Idempotency.Run run -> ctx.attribute(RUN, run);
            case Idempotency.Replay replay -> {
                replay(ctx, replay.response());
                ctx.skipRemainingHandlers();
            }
        }
    }

    /**
     * For a route that judges its key itself ({@link #CLAIMED_BY_ROUTE}): the key {@code run} let the
     * request through under, to be settled with the response by the after-handler like any other POST's;
     * {@code null} when the request came without a key.
     */
    public static void settleAfterwards(Context ctx, Idempotency.Run run) {
        if (run != null) {
            ctx.attribute(RUN, run);
        }
    }

    /** Answers a retry with the response the first request under its key got. */
    public static void replay(Context ctx, FirstResponse response) {
        ctx.status(response.status());
        response.headers().forEach((name, value) -> {
            if (name.equalsIgnoreCase(Header.CONTENT_TYPE)) {
                ctx.contentType(value);
            } else {
                ctx.header(name, value);
            }
        });
        ctx.header(REPLAYED, "true");
        ctx.result(response.body());
    }

    private void settle(Context ctx) {
        Idempotency.Run run = ctx.attribute(RUN);
        if (run == null) {
            return;
        }
        try {
            idempotency.settle(run, firstResponse(ctx));
        } catch (RuntimeException e) {
            // The response stands; a key left in progress only refuses retries (409) until it expires.
            LOG.error("Could not settle the idempotency key of request {}", RequestIds.of(ctx), e);
        }
    }

    /** The response to keep, or {@code null} for one to forget: a failure, or a body that cannot be read back. */
    private static FirstResponse firstResponse(Context ctx) {
        int status = ctx.statusCode();
        if (status < 200 || status > 299) {
            return null;
        }
        String cacheControl = ctx.res().getHeader(Header.CACHE_CONTROL);
        if (cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-store")) {
            return FirstResponse.notKept(status);
        }
        byte[] body = bodyOf(ctx);
        if (body == null) {
            LOG.warn("The response to request {} is a stream; its idempotency key is released", RequestIds.of(ctx));
            return null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = ctx.res().getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return new FirstResponse(status, headers, body);
    }

    /**
     * The bytes the route left as the result, not yet written: {@code ctx.json} and {@code ctx.result}
     * keep them in a {@code ByteArrayInputStream}, which is read and rewound here. {@code null} for a
     * stream that cannot be rewound.
     */
    private static byte[] bodyOf(Context ctx) {
        InputStream result = ctx.resultInputStream();
        if (result == null) {
            return new byte[0];
        }
        if (!result.markSupported()) {
            return null;
        }
        try {
            result.mark(Integer.MAX_VALUE);
            byte[] body = result.readAllBytes();
            result.reset();
            return body;
        } catch (IOException e) {
            throw new IllegalStateException("An in-memory result could not be read", e);
        }
    }
}

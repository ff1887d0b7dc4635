package com.humanscrm.adapters.http.shared;

import com.humanscrm.application.auth.AuthenticationException;
import com.humanscrm.application.auth.Principal;
import com.humanscrm.application.shared.Actor;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.security.RouteRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every route needs a signed-in caller unless it is registered as {@link #PUBLIC}. Runs before the
 * route, so an anonymous caller learns nothing about the request (not even that its body is
 * invalid), and only for routes that exist, so unknown paths are 404 for everyone.
 *
 * <p>A client address whose API keys keep failing is refused (429) before its keys are even looked at,
 * until its share of failures refills. Only API keys count: a session token is 256 random bits, not worth
 * guessing, and a browser goes on sending an ended session's cookie (which is cleared with the 401) with
 * every request of a page still open, so counting those would lock out everyone behind its address.
 * A request carried by the session cookie must come from a trusted page to change anything
 * ({@link BrowserOrigins}).
 *
 * <p>Every answer to an authenticated request is the caller's own: it is marked {@code Cache-Control:
 * no-store} unless the route said otherwise, and {@code Vary: Cookie}, so no cache shares it.
 */
public final class Authentication {

    /** The role that marks a route open to anonymous callers: health checks and the API's documentation. */
    public static final RouteRole PUBLIC = new RouteRole() {
        @Override
        public String toString() {
            return "PUBLIC";
        }
    };

    private static final String ACTOR = Actor.class.getName();
    private static final String KIND = Authenticator.Kind.class.getName();
    private static final String NO_STORE = "no-store";
    private static final String COOKIE = "Cookie";

    private final List<Authenticator> authenticators;
    private final RateLimiter failures;
    private final BrowserOrigins origins;

    /**
     * @param authenticators tried in order; the first that finds its kind of credential on the request decides
     * @param failures       counts failed API-key authentications per client address
     */
    public Authentication(List<Authenticator> authenticators, RateLimiter failures, BrowserOrigins origins) {
        this.authenticators = List.copyOf(authenticators);
        this.failures = failures;
        this.origins = origins;
    }

    public void install(RoutesConfig routes) {
        routes.beforeMatched(this::authenticate);
        // After everything, IdempotencyKeys' afterMatched included: it must see only the route's own Cache-Control.
        routes.after(Authentication::keepPrivate);
    }

    /** Who is asking, as the use cases need it. */
    public static Actor actor(Context ctx) {
        Actor actor = ctx.attribute(ACTOR);
        if (actor == null) {
            throw new IllegalStateException("A public route asked for the caller: " + ctx.method() + " " + ctx.path());
        }
        return actor;
    }

    /** How the caller was authenticated; empty on a public route. */
    public static Optional<Authenticator.Kind> kind(Context ctx) {
        return Optional.ofNullable(ctx.attribute(KIND));
    }

    /**
     * Authenticates the request with the first authenticator that finds its credential, if any: what a
     * public route that serves signed-in callers differently uses. Counts a bad API key as a failure.
     */
    public Optional<Principal> authenticateIfPresent(Context ctx) {
        for (Authenticator authenticator : authenticators) {
            if (!authenticator.presentOn(ctx)) {
                continue;
            }
            boolean counted = authenticator.kind() == Authenticator.Kind.API_KEY;
            if (counted) {
                failures.requireRemaining(ctx.ip());
            }
            Principal principal;
            try {
                principal = authenticator.authenticate(ctx);
            } catch (AuthenticationException e) {
                if (counted) {
                    failures.count(ctx.ip());
                }
                throw e;
            }
            ctx.attribute(KIND, authenticator.kind());
            ctx.attribute(ACTOR, principal.actor(RequestIds.of(ctx), ctx.ip()));
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    private static void keepPrivate(Context ctx) {
        if (kind(ctx).isEmpty()) {
            return;
        }
        if (ctx.res().getHeader(Header.CACHE_CONTROL) == null) {
            ctx.header(Header.CACHE_CONTROL, NO_STORE);
        }
        List<String> vary = ctx.res().getHeaders(Header.VARY).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .collect(Collectors.toCollection(ArrayList::new));
        if (vary.stream().noneMatch(value -> value.equalsIgnoreCase(COOKIE) || value.equals("*"))) {
            vary.add(COOKIE);
            ctx.header(Header.VARY, String.join(", ", vary));
        }
    }

    private void authenticate(Context ctx) {
        if (ctx.routeRoles().contains(PUBLIC)) {
            return;
        }
        authenticateIfPresent(ctx).orElseThrow(AuthenticationException::required);
        if (kind(ctx).orElseThrow() == Authenticator.Kind.SESSION_COOKIE) {
            origins.requireTrustedOriginToChange(ctx);
        }
    }
}

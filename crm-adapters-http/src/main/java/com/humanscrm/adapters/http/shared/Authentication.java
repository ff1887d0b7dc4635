package com.humanscrm.adapters.http.shared;

import com.humanscrm.application.auth.AuthenticationException;
import com.humanscrm.application.shared.Actor;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.List;
import java.util.Optional;

/**
 * Every route needs a signed-in caller unless it is registered as {@link #PUBLIC}. Runs before the
 * route, so an anonymous caller learns nothing about the request (not even that its body is
 * invalid), and only for routes that exist, so unknown paths are 404 for everyone.
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

    private final List<Authenticator> authenticators;

    /** Tried in order; the first that finds its kind of credential on the request decides. */
    public Authentication(List<Authenticator> authenticators) {
        this.authenticators = List.copyOf(authenticators);
    }

    public void install(RoutesConfig routes) {
        routes.beforeMatched(this::authenticate);
    }

    /** Who is asking, as the use cases need it. */
    public static Actor actor(Context ctx) {
        Actor actor = ctx.attribute(ACTOR);
        if (actor == null) {
            throw new IllegalStateException("A public route asked for the caller: " + ctx.method() + " " + ctx.path());
        }
        return actor;
    }

    private void authenticate(Context ctx) {
        if (ctx.routeRoles().contains(PUBLIC)) {
            return;
        }
        var principal = authenticators.stream()
                .map(authenticator -> authenticator.authenticate(ctx))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(AuthenticationException::required);
        ctx.attribute(ACTOR, principal.actor(RequestIds.of(ctx), ctx.ip()));
    }
}

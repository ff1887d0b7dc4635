package com.humanscrm.adapters.http.shared;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request gets an id, echoed in {@code X-Request-Id} and carried into errors, logs and audit
 * entries. A caller's own id is kept when it is well-formed, so one id can follow a call across
 * systems; anything else is replaced, so ids stay safe to log and to store.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = RequestIds.class.getName();
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    public static void install(RoutesConfig routes) {
        routes.before(RequestIds::of);
    }

    /** This request's id, assigned (and echoed) on first use. */
    public static String of(Context ctx) {
        return ctx.attributeOrCompute(ATTRIBUTE, RequestIds::assign);
    }

    private static String assign(Context ctx) {
        String offered = ctx.header(HEADER);
        String id = offered != null && WELL_FORMED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        ctx.header(HEADER, id);
        return id;
    }
}

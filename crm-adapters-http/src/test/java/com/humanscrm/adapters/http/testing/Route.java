package com.humanscrm.adapters.http.testing;

import com.humanscrm.adapters.http.HttpApi;
import java.util.List;
import java.util.UUID;

/** A route a server has: method and path template, as {@code GET /api/humans/{id}}. */
public record Route(String method, String template) {

    /** Every route of the API, in the order they were registered. */
    public static List<Route> of(HttpApi api) {
        return api.routes().stream().map(route -> route.split(" ", 2)).map(parts -> new Route(parts[0], parts[1])).toList();
    }

    /** A concrete path: lookup lists by a real slug, every other parameter a fresh (so unknown) UUID. */
    public String anyPath() {
        return template.replace("{list}", "human-email-labels").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}

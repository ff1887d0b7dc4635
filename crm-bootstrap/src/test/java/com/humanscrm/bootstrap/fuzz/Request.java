package com.humanscrm.bootstrap.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request as it goes on the wire, and what was done to it (for the report of a failure).
 *
 * @param truncated whether the body is sent short of its declared {@code Content-Length}, then nothing more
 */
record Request(String method, String target, Map<String, String> headers, byte[] body, boolean truncated, String how) {

    Request withBody(byte[] value, String mutation) {
        return new Request(method, target, headers, value, truncated, how + ", " + mutation);
    }

    Request withHeader(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        changed.put(name, value);
        return new Request(method, target, changed, body, truncated, how);
    }

    Request withHeader(String name, String value, String mutation) {
        return withHeader(name, value).described(mutation);
    }

    Request withTarget(String value, String mutation) {
        return new Request(method, value, headers, body, truncated, how + ", " + mutation);
    }

    Request cutShort() {
        return new Request(method, target, headers, body, true, how + ", truncated");
    }

    private Request described(String mutation) {
        return new Request(method, target, headers, body, truncated, how + ", " + mutation);
    }

    /** The headers to send: a truncated body declares its whole length but sends only half. */
    Map<String, String> wireHeaders() {
        Map<String, String> wire = new LinkedHashMap<>(headers);
        wire.put("Content-Length", Integer.toString(body.length));
        return wire;
    }

    byte[] wireBody() {
        return truncated ? Arrays.copyOf(body, body.length / 2) : body;
    }

    @Override
    public String toString() {
        List<String> shown = new ArrayList<>();
        headers.forEach((name, value) -> shown.add(name + ": " + (value.length() > 60 ? value.substring(0, 60) + "…" : value)));
        String text = new String(body, StandardCharsets.UTF_8);
        return method + " " + (target.length() > 200 ? target.substring(0, 200) + "…" : target) + " " + shown + " body "
                + (text.length() > 200 ? text.substring(0, 200) + "…" : text) + " (" + how + ")";
    }
}

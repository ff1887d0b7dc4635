package com.humanscrm.bootstrap.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests to one operation, each a plausible request with one to three things wrong: what a hostile or
 * broken client sends. Deterministic for a seed, so a failure can be replayed.
 */
final class Mutations {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Put where a JSON value goes, then replaced in the text by a raw hostile value (which may be no JSON at all). */
    private static final String SLOT = "\u0001slot\u0001";

    /** JSON values of every wrong kind, written as raw text. */
    private static final List<String> HOSTILE_VALUES = List.of(
            "null", "true", "false", "0", "-1", "1.5", "1e999", "-1e999", "99999999999999999999999", "\"\"", "\" \"", "\"\\t\"",
            "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\\u202e\"", "\"" + "\uD835\uDD4F".repeat(300) + "\"",
            "\"" + "a".repeat(100_000) + "\"", "[]", "{}", "[null]", "[[]]", "[{}]", "{\"$gt\": \"\"}", "\"<script>alert(1)</script>\"",
            "\"'; DROP TABLE humans; --\"", "\"%00\"", "\"../../etc/passwd\"", "\"00000000-0000-0000-0000-000000000000\"",
            "\"" + UUID.randomUUID() + "\"", "\"not-a-uuid\"", "\"0001-01-01T00:00:00Z\"", "\"+999999999-12-31T23:59:59Z\"",
            "\"2026-02-30T00:00:00Z\"", "\"1970-01-01T00:00:00Z\"", "1700000000", "\"true\"", "\"yes\"", "\"٣\"",
            "[" + "1,".repeat(5_000) + "1]", "[".repeat(3_000) + "]".repeat(3_000), "{\"a\":".repeat(1_500) + "1" + "}".repeat(1_500),
            "\"a\\\\b\"", "\"\\\"quoted\\\"\"", "\"line\\nbreak\"", "\"ad@\"", "\"@example.com\"", "\"+\"", "\"++44\"");

    private static final List<String> HOSTILE_TEXT = List.of(
            "", " ", "%00", "%ff", "%ff%fe", "%c0%af", "%ed%a0%80", "%ZZ", "%", "..%2f..%2f", "%2e%2e", "not-a-uuid",
            "1-2-3-4-5", "00000000-0000-0000-0000-000000000000", "-1", "0", "201", "99999999999999999999", "%D9%A3", "%EF%BC%93",
            "+3", "3.0", "true", "yes", "a".repeat(5_000), "%E2%80%AE", "%F0%9F%90%B6", "<script>", "'%20OR%201=1", "createdAt",
            "-createdAt", "--createdAt", "lastName,firstName", "eyJhIjoxfQ", "AAAA", "%2B%2B%2B", "null", "[]");

    private static final List<String> CONTENT_TYPES = List.of(
            "application/json; charset=bogus", "application/json; charset=", "application/json;charset=\"\"",
            "application/json; charset=utf-16", "text/plain", "application/xml", "multipart/form-data",
            "multipart/form-data; boundary=", "application/x-www-form-urlencoded", "*/*", "application/json; boundary=x",
            "APPLICATION/JSON", "application/json;;;", "application/json; charset=utf-8; charset=latin1", "text/plain; charset",
            "application/json; charset", "text/plain; charset=latin1", "");

    private static final List<Map.Entry<String, String>> HOSTILE_HEADERS = List.of(
            Map.entry("If-Match", "garbage"), Map.entry("If-Match", "\"99999999999\""), Map.entry("If-Match", "W/"),
            Map.entry("If-Match", "\"1\", \"2\""), Map.entry("If-Match", "*"), Map.entry("If-Match", "\"-1\""),
            Map.entry("If-None-Match", "\"x\""), Map.entry("Idempotency-Key", "x".repeat(300)),
            Map.entry("Idempotency-Key", "\u00e9t\u00e9"), Map.entry("Idempotency-Key", " "),
            Map.entry("Idempotency-Key", UUID.randomUUID().toString()), Map.entry("X-Request-Id", "a".repeat(500)),
            Map.entry("X-Request-Id", "<x>"), Map.entry("X-HTTP-Method-Override", "DELETE"),
            Map.entry("X-HTTP-Method-Override", "PATCH"), Map.entry("Range", "bytes=0-"), Map.entry("Range", "bytes=999999999999-"),
            Map.entry("Range", "bytes=5-1"), Map.entry("Range", "bytes=-0"), Map.entry("Range", "bytes=0-1,2-3"),
            Map.entry("If-Range", "\"x\""), Map.entry("Accept", "application/xml"), Map.entry("Accept-Encoding", "gzip, br"),
            Map.entry("Cookie", "humans_session=garbage"), Map.entry("Cookie", "humans_session="),
            Map.entry("Origin", "https://evil.example"), Map.entry("Origin", "null"), Map.entry("Expect", "100-continue"),
            Map.entry("Expect", "teapot"), Map.entry("Transfer-Encoding", "gzip"), Map.entry("X-Forwarded-For", "1.2.3.4, ::1"),
            Map.entry("Authorization", "Bearer garbage"), Map.entry("Authorization", "Basic YTpi"),
            Map.entry("Authorization", "Bearer " + "k".repeat(10_000)), Map.entry("Authorization", "Bearer"),
            Map.entry("Authorization", ""));

    private final Random random;
    private final Schemas schemas;
    private final Map<String, List<String>> ids;
    private final String key;

    /**
     * @param ids real ids to use for a path parameter, by the path up to it ({@code /api/humans/{id}})
     * @param key the API key requests are sent with, unless a mutation changes it
     */
    Mutations(Random random, Schemas schemas, Map<String, List<String>> ids, String key) {
        this.random = random;
        this.schemas = schemas;
        this.ids = ids;
        this.key = key;
    }

    /** A request to the operation with some things wrong, and what was done to it. */
    Request next(Operation operation) {
        Request request = plausible(operation);
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            request = mutate(operation, request);
        }
        return request;
    }

    private Request plausible(Operation operation) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + key);
        String target = pathOf(operation, false);
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : operation.parameters()) {
            String in = parameter.path("in").asString();
            String name = parameter.path("name").asString();
            if (in.equals("query") && random.nextBoolean()) {
                query.add(name + "=" + encode(scalar(parameter.path("schema"), List.of())));
            } else if (in.equals("header") && !name.equals("If-Match") && random.nextInt(3) == 0) {
                headers.put(name, name.equals("Idempotency-Key") ? UUID.randomUUID().toString() : "fuzz-" + random.nextInt(1000));
            }
        }
        byte[] body = new byte[0];
        if (operation.takesJson()) {
            headers.put("Content-Type", "application/json");
            body = text(schemas.valid(operation.bodySchema(), allIds(), 0).toString());
        } else if (operation.takesMultipart()) {
            Form form = Form.upload(first("/api/humans/{id}"), random);
            headers.put("Content-Type", form.contentType());
            body = form.body();
        }
        String withQuery = query.isEmpty() ? target : target + "?" + String.join("&", query);
        return new Request(operation.method(), withQuery, headers, body, false, "plausible");
    }

    private Request mutate(Operation operation, Request request) {
        int choice = random.nextInt(10);
        if (choice < 3 && operation.takesJson()) {
            return request.withBody(mutatedJson(request.body()), "json");
        }
        if (choice < 3 && operation.takesMultipart()) {
            Form form = Form.hostile(first("/api/humans/{id}"), random);
            return request.withHeader("Content-Type", form.contentType()).withBody(form.body(), "multipart:" + form.description());
        }
        return switch (choice) {
            case 3 -> request.withBody(rawBody(request.body()), "raw body");
            case 4 -> request.withHeader("Content-Type", pick(CONTENT_TYPES), "content type");
            case 5 -> {
                Map.Entry<String, String> header = pick(HOSTILE_HEADERS);
                yield request.withHeader(header.getKey(), header.getValue(), "header " + header.getKey());
            }
            case 6 -> request.withTarget(pathOf(operation, true) + query(request.target()), "path");
            case 7 -> request.withTarget(path(request.target()) + "?" + hostileQuery(operation), "query");
            case 8 -> request.body().length > 1 ? request.cutShort() : request.withBody(text("{"), "no body");
            default -> request.withBody(mutatedJson(request.body()), "json");
        };
    }

    private String pathOf(Operation operation, boolean hostile) {
        StringBuilder path = new StringBuilder();
        String template = operation.path();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                path.append(template, at, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            path.append(template, at, open);
            String upTo = template.substring(0, close + 1);
            JsonNode schema = parameter(operation, template.substring(open + 1, close));
            boolean mutateThis = hostile && random.nextBoolean();
            path.append(mutateThis ? pick(HOSTILE_TEXT)
                    : ids.containsKey(upTo) ? pick(ids.get(upTo)) : encode(scalar(schema, List.of())));
            at = close + 1;
        }
        return path.toString();
    }

    private JsonNode parameter(Operation operation, String name) {
        for (JsonNode parameter : operation.parameters()) {
            if (parameter.path("name").asString().equals(name) && parameter.path("in").asString().equals("path")) {
                return parameter.path("schema");
            }
        }
        return JSON.createObjectNode();
    }

    private String hostileQuery(Operation operation) {
        List<String> names = new ArrayList<>(List.of("limit", "cursor", "sort", "unknown", "q"));
        operation.parameters().stream().filter(parameter -> parameter.path("in").asString().equals("query"))
                .forEach(parameter -> names.add(parameter.path("name").asString()));
        String name = pick(names);
        String value = pick(HOSTILE_TEXT);
        return random.nextInt(4) == 0 ? name + "=" + value + "&" + name + "=" + value : name + "=" + value;
    }

    private byte[] mutatedJson(byte[] body) {
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (RuntimeException notJson) {
            tree = JSON.createObjectNode();
        }
        if (!tree.isObject()) {
            tree = JSON.createObjectNode();
        }
        ObjectNode object = (ObjectNode) tree;
        switch (random.nextInt(4)) {
            case 0 -> {
                if (!object.isEmpty()) {
                    object.remove(pick(new ArrayList<>(object.propertyNames())));
                }
            }
            case 1 -> object.put("unknown" + random.nextInt(3), 1);
            default -> {
                ObjectNode target = deepObject(object);
                String field = target.isEmpty() || random.nextInt(4) == 0 ? "extra" : pick(new ArrayList<>(target.propertyNames()));
                target.put(field, SLOT);
            }
        }
        return text(object.toString().replace(JSON.writeValueAsString(SLOT), pick(HOSTILE_VALUES)));
    }

    /** The object itself, or an object nested in it (a human's email, say), at random. */
    private ObjectNode deepObject(ObjectNode object) {
        List<ObjectNode> candidates = new ArrayList<>(List.of(object));
        for (JsonNode value : object) {
            if (value instanceof ObjectNode nested) {
                candidates.add(nested);
            } else if (value instanceof ArrayNode array) {
                array.forEach(item -> {
                    if (item instanceof ObjectNode nested) {
                        candidates.add(nested);
                    }
                });
            }
        }
        return pick(candidates);
    }

    private byte[] rawBody(byte[] body) {
        return switch (random.nextInt(9)) {
            case 0 -> new byte[0];
            case 1 -> text("null");
            case 2 -> text("   ");
            case 3 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body);
            case 4 -> concat(body.length > 2 ? Arrays.copyOf(body, body.length / 2) : body, new byte[] {(byte) 0xFF});
            case 5 -> text("{\"name\": \"bad" + new String(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, StandardCharsets.ISO_8859_1));
            case 6 -> text("[" + new String(body, StandardCharsets.UTF_8) + "]");
            case 7 -> text("{\"a\": 1, \"a\": 2}");
            default -> Arrays.copyOf(body, random.nextInt(body.length + 1));
        };
    }

    private String scalar(JsonNode schema, List<String> fallbackIds) {
        JsonNode value = schemas.valid(schema, fallbackIds, 0);
        return value.isString() ? value.asString() : value.toString();
    }

    private List<String> allIds() {
        return ids.values().stream().flatMap(List::stream).filter(id -> id.length() == 36).toList();
    }

    private String first(String path) {
        return ids.getOrDefault(path, List.of(UUID.randomUUID().toString())).getFirst();
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static String path(String target) {
        int question = target.indexOf('?');
        return question < 0 ? target : target.substring(0, question);
    }

    private static String query(String target) {
        int question = target.indexOf('?');
        return question < 0 ? "" : target.substring(question);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

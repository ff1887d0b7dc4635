package com.humanscrm.adapters.http.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A response, with its JSON body at hand and assertions that show the body when they fail. */
public final class ApiResponse {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String request;
    private final HttpResponse<byte[]> response;
    private JsonNode json;

    ApiResponse(String request, HttpResponse<byte[]> response) {
        this.request = request;
        this.response = response;
    }

    public int status() {
        return response.statusCode();
    }

    /** The first value of a header, or {@code null}. */
    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** Every value of a header that may come more than once ({@code Set-Cookie}). */
    public List<String> headers(String name) {
        return response.headers().allValues(name);
    }

    /** Every header, by name as received. */
    public Map<String, List<String>> headerMap() {
        return response.headers().map();
    }

    /** The {@code Set-Cookie} for this cookie name, or {@code null}. */
    public String setCookie(String cookie) {
        return headers("Set-Cookie").stream().filter(value -> value.startsWith(cookie + "=")).findFirst().orElse(null);
    }

    /** The value this answer sets the cookie to, or {@code null} when it sets none. */
    public String cookieValue(String cookie) {
        String set = setCookie(cookie);
        return set == null ? null : set.substring(cookie.length() + 1).split(";", 2)[0];
    }

    /** The body as UTF-8 text. */
    public String body() {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The body as sent. */
    public byte[] bytes() {
        return response.body().clone();
    }

    public JsonNode json() {
        if (json == null) {
            json = JSON.readTree(body());
        }
        return json;
    }

    /** {@code data} of a record or list envelope. */
    public JsonNode data() {
        return json().get("data");
    }

    /**
     * {@link #data} without what only a detail view adds (a human's pets, accounts, activities and interests, an account's
     * activities and who its links are): the record as a write answers it, to compare the two.
     */
    public JsonNode record() {
        ObjectNode record = (ObjectNode) data().deepCopy();
        record.remove("pets");
        record.remove("accounts");
        record.remove("recentActivities");
        record.remove("geoInterests");
        if (record.get("humans") instanceof ArrayNode links) {
            links.forEach(link -> ((ObjectNode) link).remove("human"));
        }
        return record;
    }

    /** The {@code id} of the record in {@code data}. */
    public String id() {
        return data().get("id").asString();
    }

    /** The problem's {@code code}. */
    public String code() {
        return json().get("code").asString();
    }

    /** The problem's {@code fieldErrors}, field path to messages. */
    public Map<String, List<String>> fieldErrors() {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        json().path("fieldErrors").properties().forEach(field -> {
            List<String> messages = new ArrayList<>();
            field.getValue().forEach(message -> messages.add(message.asString()));
            errors.put(field.getKey(), messages);
        });
        return errors;
    }

    public ApiResponse expectStatus(int expected) {
        assertThat(status()).as("status of %s, answered with %s", request, body()).isEqualTo(expected);
        return this;
    }

    /**
     * The status and, for an error, the problem's code. A HEAD's answer has no body to hold the code: of it,
     * the status and the problem's content type are checked.
     */
    public ApiResponse expectProblem(int expectedStatus, String expectedCode) {
        expectStatus(expectedStatus);
        if (request.startsWith("HEAD ")) {
            assertThat(header("Content-Type")).as("content type of %s", request).startsWith("application/problem+json");
            assertThat(bytes()).as("body of %s", request).isEmpty();
            return this;
        }
        assertThat(code()).as("problem code of %s, answered with %s", request, body()).isEqualTo(expectedCode);
        return this;
    }

    @Override
    public String toString() {
        return request + " → " + status() + " " + body();
    }
}

package com.humanscrm.adapters.http.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to a running API over real HTTP, as one caller: anonymous, or with an API key. Every
 * exchange is checked against the OpenAPI document ({@link ApiCall#send()}).
 *
 * <pre>{@code
 * ApiClient admin = new ApiClient(server.uri()).withApiKey(secret);
 * String id = admin.post("/api/humans", body).send().expectStatus(201).data().get("id").asString();
 * }</pre>
 */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final String apiKey;

    public ApiClient(URI base) {
        this(base, null);
    }

    private ApiClient(URI base, String apiKey) {
        this.base = base;
        this.apiKey = apiKey;
    }

    /** The same server, as the holder of this API key. */
    public ApiClient withApiKey(String secret) {
        return new ApiClient(base, secret);
    }

    public ApiCall get(String pathAndQuery) {
        return call("GET", pathAndQuery, null);
    }

    /** {@code body}: JSON text, or any object to be written as JSON (a {@code Map}, a record). */
    public ApiCall post(String path, Object body) {
        return call("POST", path, body);
    }

    /** A POST of a multipart form, such as a document upload. */
    public ApiCall post(String path, Multipart form) {
        return call("POST", path, null).body(form.body(), form.contentType());
    }

    /** A POST without a body, for actions such as {@code …/revoke}. */
    public ApiCall post(String path) {
        return call("POST", path, null);
    }

    public ApiCall patch(String path, Object body) {
        return call("PATCH", path, body);
    }

    /** A HEAD: the GET's answer without its body. */
    public ApiCall head(String pathAndQuery) {
        return call("HEAD", pathAndQuery, null);
    }

    public ApiCall delete(String path) {
        return call("DELETE", path, null);
    }

    /** Any method, for the requests the API has no route for. */
    public ApiCall call(String method, String pathAndQuery, Object body) {
        ApiCall call = new ApiCall(HTTP, method, base.resolve(pathAndQuery), json(body));
        return apiKey == null ? call : call.header("Authorization", "Bearer " + apiKey);
    }

    /**
     * Every item of a list, read page by page ({@code limit} a page) by following {@code nextCursor}
     * to the last page; each page is checked like any other response.
     */
    public List<JsonNode> listAll(String path, int limit) {
        List<JsonNode> items = new ArrayList<>();
        String first = path + (path.contains("?") ? "&" : "?") + "limit=" + limit;
        String cursor = null;
        for (int pages = 0; pages == 0 || cursor != null; pages++) {
            if (pages > 1_000) {
                throw new AssertionError(path + " never reaches its last page");
            }
            ApiResponse page = get(cursor == null ? first : first + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8))
                    .send().expectStatus(200);
            assertThat(page.data().size()).as("items on a page of %s", path).isLessThanOrEqualTo(limit);
            page.data().forEach(items::add);
            JsonNode next = page.json().get("page").get("nextCursor");
            cursor = next.isNull() ? null : next.asString();
        }
        return items;
    }

    private static String json(Object body) {
        return body == null || body instanceof String ? (String) body : JSON.writeValueAsString(body);
    }
}

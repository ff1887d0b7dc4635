package com.humanscrm.adapters.http.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request, ready to be sent; JSON bodies go as {@code application/json} unless told otherwise, other
 * bodies (a multipart form) as the bytes and content type given.
 */
public final class ApiCall {

    private final HttpClient http;
    private final String method;
    private final URI uri;
    private final String body;
    private byte[] bytes;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private boolean offContract;

    ApiCall(HttpClient http, String method, URI uri, String body) {
        this.http = http;
        this.method = method;
        this.uri = uri;
        this.body = body;
        if (body != null) {
            contentType("application/json");
        }
    }

    /** A body of bytes instead of JSON, such as a multipart form. */
    public ApiCall body(byte[] body, String contentType) {
        this.bytes = body.clone();
        return contentType(contentType);
    }

    public ApiCall header(String name, String value) {
        headers.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        return this;
    }

    public ApiCall contentType(String value) {
        headers.put("Content-Type", new ArrayList<>(List.of(value)));
        return this;
    }

    public ApiCall ifMatch(String etag) {
        return header("If-Match", etag);
    }

    /**
     * This request breaks the contract on purpose (garbage, a wrong type, a missing key): it is not
     * checked against the document, but the response still is.
     */
    public ApiCall offContract() {
        offContract = true;
        return this;
    }

    /** Sends the request and fails unless both request and response are as the OpenAPI document describes. */
    public ApiResponse send() {
        HttpRequest.BodyPublisher publisher = bytes != null ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                : body != null ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method, publisher);
        headers.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + uri, e);
        }
        byte[] sent = bytes != null ? bytes : body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        OpenApiContract.check(method, uri, headers, sent, response, offContract);
        return new ApiResponse(method + " " + uri, response);
    }
}

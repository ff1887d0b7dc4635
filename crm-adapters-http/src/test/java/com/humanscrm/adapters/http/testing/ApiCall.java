package com.humanscrm.adapters.http.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One request, ready to be sent; JSON bodies go as {@code application/json} unless told otherwise. */
public final class ApiCall {

    private final HttpClient http;
    private final String method;
    private final URI uri;
    private final String body;
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
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + uri, e);
        }
        OpenApiContract.check(method, uri, headers, body, response, offContract);
        return new ApiResponse(method + " " + uri, response);
    }
}

package com.humanscrm.application.idempotency;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The response a request under an idempotency key was first answered with, to be replayed to its
 * retries: a success status, the headers that describe the result ({@code Location}, {@code ETag},
 * {@code Content-Type}) and the body. {@code body} is {@code null} when the response held a secret and
 * was therefore not kept: its retries are refused instead of replayed.
 */
public record FirstResponse(int status, Map<String, String> headers, byte[] body) {

    public FirstResponse {
        if (status < 200 || status > 299) {
            throw new IllegalArgumentException("Only successes are kept, not " + status);
        }
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(headers, "headers")));
        body = body == null ? null : body.clone();
    }

    /** A success whose body must not be stored: it is remembered, but cannot be replayed. */
    public static FirstResponse notKept(int status) {
        return new FirstResponse(status, Map.of(), null);
    }

    public boolean kept() {
        return body != null;
    }

    @Override
    public byte[] body() {
        return body == null ? null : body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FirstResponse that && status == that.status && headers.equals(that.headers)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "FirstResponse[" + status + " " + headers + ", " + (body == null ? "not kept" : body.length + " bytes") + "]";
    }
}

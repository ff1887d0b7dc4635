package com.humanscrm.adapters.http;

import java.util.Objects;

/**
 * How the HTTP server listens.
 *
 * @param host            the address to listen on ({@code 0.0.0.0} for every interface)
 * @param port            the TCP port; 0 picks a free one (read it back with {@link HttpApi#port()})
 * @param maxRequestBytes the largest request body accepted; a larger one is refused with 413
 */
public record HttpSettings(String host, int port, long maxRequestBytes) {

    public static final String LOOPBACK = "127.0.0.1";

    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes must be positive, not " + maxRequestBytes);
        }
    }

    /** On this machine only, with the default body limit. */
    public HttpSettings(int port) {
        this(LOOPBACK, port, DEFAULT_MAX_REQUEST_BYTES);
    }
}

package com.humanscrm.adapters.http;

import com.humanscrm.adapters.http.shared.ClientAddresses;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the HTTP server listens, and how it treats browsers.
 *
 * @param host            the address to listen on ({@code 0.0.0.0} for every interface)
 * @param port            the TCP port; 0 picks a free one (read it back with {@link HttpApi#port()})
 * @param maxRequestBytes the largest request body accepted; a larger one is refused with 413
 * @param browser         the web app's URL and the trusted origins, cookies, rate limits
 * @param trustedProxies  the IP addresses of the reverse proxies in front of the API (none by default): from
 *                        them, and only from them, {@code X-Forwarded-For} says who the client is, for rate
 *                        limits, sessions and the audit log
 * @param idleTimeout     how long a connection may send or take nothing before it is given up: a request
 *                        whose body stalls that long is answered 408
 */
public record HttpSettings(String host, int port, long maxRequestBytes, BrowserSettings browser,
                           Set<String> trustedProxies, Duration idleTimeout) {

    public static final String LOOPBACK = "127.0.0.1";

    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

    /**
     * Long enough for a slow mobile link between two packets, short enough that a client holding
     * connections open with stalled bodies cannot tie up the server for long (Jetty's own default is 30 s).
     */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(10);

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes must be positive, not " + maxRequestBytes);
        }
        Objects.requireNonNull(browser, "browser");
        trustedProxies = trustedProxies.stream()
                .map(address -> ClientAddresses.normalised(address, "trustedProxies"))
                .collect(Collectors.toUnmodifiableSet());
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive, not " + idleTimeout);
        }
    }

    /** Behind no proxy. */
    public HttpSettings(String host, int port, long maxRequestBytes, BrowserSettings browser) {
        this(host, port, maxRequestBytes, browser, Set.of(), DEFAULT_IDLE_TIMEOUT);
    }

    /** With the {@linkplain BrowserSettings#DEFAULTS default browser settings}. */
    public HttpSettings(String host, int port, long maxRequestBytes) {
        this(host, port, maxRequestBytes, BrowserSettings.DEFAULTS);
    }

    /** On this machine only, with the default body limit and browser settings. */
    public HttpSettings(int port) {
        this(LOOPBACK, port, DEFAULT_MAX_REQUEST_BYTES);
    }

    public HttpSettings withBrowser(BrowserSettings settings) {
        return new HttpSettings(host, port, maxRequestBytes, settings, trustedProxies, idleTimeout);
    }

    public HttpSettings withTrustedProxies(Set<String> addresses) {
        return new HttpSettings(host, port, maxRequestBytes, browser, addresses, idleTimeout);
    }

    public HttpSettings withIdleTimeout(Duration timeout) {
        return new HttpSettings(host, port, maxRequestBytes, browser, trustedProxies, timeout);
    }
}

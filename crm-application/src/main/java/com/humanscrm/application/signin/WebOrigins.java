package com.humanscrm.application.signin;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The origin of a web address: {@code scheme://host[:port]} in lower case, the scheme's default port left
 * out. One definition for every decision about "the same site": where a browser may return after signing
 * in, and (in the HTTP adapter) which pages may send the session cookie and read answers.
 */
public final class WebOrigins {

    private static final int MAX_PORT = 65_535;

    private WebOrigins() {
    }

    /**
     * The origin of an absolute http(s) URL (or of an origin); empty for anything else: {@code null},
     * {@code "null"}, relative or opaque URIs ({@code javascript:}), other schemes, user info.
     */
    public static Optional<String> of(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            return of(new URI(url.strip()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    public static Optional<String> of(URI uri) {
        if (uri.isOpaque() || uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.empty();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int defaultPort = switch (scheme) {
            case "https" -> 443;
            case "http" -> 80;
            default -> 0;
        };
        if (defaultPort == 0) {
            return Optional.empty();
        }
        int port = uri.getPort();
        if (port > MAX_PORT) {
            return Optional.empty(); // java.net.URI takes any number: no browser could be at such an origin
        }
        return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (port == -1 || port == defaultPort ? "" : ":" + port));
    }
}

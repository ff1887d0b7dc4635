package com.humanscrm.adapters.http.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Web origins ({@code https://crm.example.com}, {@code http://localhost:5173}) in one spelling, so they compare. */
public final class Origins {

    private Origins() {
    }

    /**
     * The origin of an absolute http(s) URL, or of an origin: scheme and host in lower case, the port only
     * when it is not the scheme's default. Empty for anything else ({@code null}, {@code "null"}, relative
     * URLs, other schemes, user info).
     */
    public static Optional<String> of(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The origin of a setting; refuses one that is none. */
    public static String required(String url, String setting) {
        return of(url).orElseThrow(() -> new IllegalArgumentException(
                setting + " must be an http(s) origin such as https://crm.example.com, not '" + url + "'"));
    }
}

package com.humanscrm.adapters.http;

import com.humanscrm.application.signin.WebOrigins;
import java.net.URI;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the API needs to know to serve browsers safely.
 *
 * @param appUrl         the web app's URL: its origin is trusted, and when it is https the API says so (HSTS)
 * @param allowedOrigins further origins whose pages may call the API with the session cookie (CORS with
 *                       credentials, and changes); given as {@code https://crm.example.com}, any path is dropped
 * @param secureCookies  mark cookies {@code Secure}; off only for plain-HTTP development on one machine
 * @param rateLimits     how often one address may sign in, or fail to authenticate
 */
public record BrowserSettings(URI appUrl, Set<String> allowedOrigins, boolean secureCookies, RateLimits rateLimits) {

    /** A web app on this machine's port 8080, no other origin, secure cookies, the default limits. */
    public static final BrowserSettings DEFAULTS = new BrowserSettings(URI.create("http://localhost:8080"), Set.of(), true,
            RateLimits.DEFAULTS);

    public BrowserSettings {
        Objects.requireNonNull(appUrl, "appUrl");
        origin(appUrl.toString(), "appUrl");
        allowedOrigins = allowedOrigins.stream()
                .map(origin -> origin(origin, "allowedOrigins"))
                .collect(Collectors.toUnmodifiableSet());
        Objects.requireNonNull(rateLimits, "rateLimits");
    }

    /** The app's origin and the allowed ones, in a stable order. */
    public Set<String> trustedOrigins() {
        Set<String> trusted = new TreeSet<>(allowedOrigins);
        trusted.add(origin(appUrl.toString(), "appUrl"));
        return trusted;
    }

    /** Served over HTTPS: the app URL says so. */
    public boolean https() {
        return "https".equalsIgnoreCase(appUrl.getScheme());
    }

    public BrowserSettings withRateLimits(RateLimits limits) {
        return new BrowserSettings(appUrl, allowedOrigins, secureCookies, limits);
    }

    /** The origin of a setting, in the one spelling origins compare in; refuses a setting that is none. */
    private static String origin(String url, String setting) {
        return WebOrigins.of(url).orElseThrow(() -> new IllegalArgumentException(
                setting + " must be an http(s) origin such as https://crm.example.com, not '" + url + "'"));
    }
}

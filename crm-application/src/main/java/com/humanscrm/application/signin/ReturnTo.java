package com.humanscrm.application.signin;

import com.humanscrm.domain.shared.RuleViolationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a browser may be sent after signing in: only into the app or an allowed origin, never
 * anywhere a link crafted by someone else names (no open redirect).
 */
final class ReturnTo {

    static final int MAX_LENGTH = 2048;
    private static final String FIELD = "returnTo";

    private ReturnTo() {
    }

    /**
     * The absolute URL to return to, or {@code null} for the app URL. Accepts an absolute http(s) URL
     * whose origin is allowed or the app's, or an absolute path ({@code /humans/1}) taken within the app.
     */
    static URI check(String returnTo, SignInPolicy policy) {
        if (returnTo == null || returnTo.isBlank()) {
            return null;
        }
        String value = returnTo.strip();
        if (value.length() > MAX_LENGTH) {
            throw RuleViolationException.field(FIELD, "must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw refused();
        }
        if (!uri.isAbsolute()) {
            // A path within the app; "//host" (and so "///host", which browsers read alike) names another site.
            if (uri.getRawAuthority() != null || value.startsWith("//") || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith("/")) {
                throw refused();
            }
            uri = policy.appUrl().resolve(uri);
        }
        String origin = origin(uri);
        if (origin == null || !(origin.equals(origin(policy.appUrl())) || allowedOrigins(policy).contains(origin))) {
            throw refused();
        }
        return uri;
    }

    /**
     * {@code scheme://host[:port]} in lower case, the scheme's default port left out; {@code null} for
     * anything but a plain http(s) URL with a host (no user info, no opaque {@code javascript:} URIs).
     */
    static String origin(URI uri) {
        if (uri.isOpaque() || uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return null;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int defaultPort = switch (scheme) {
            case "https" -> 443;
            case "http" -> 80;
            default -> 0;
        };
        if (defaultPort == 0) {
            return null;
        }
        int port = uri.getPort();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port == -1 || port == defaultPort ? "" : ":" + port);
    }

    private static Set<String> allowedOrigins(SignInPolicy policy) {
        return policy.allowedOrigins().stream().map(ReturnTo::parseOrigin).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static String parseOrigin(String configured) {
        try {
            return origin(new URI(configured.strip()));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static RuleViolationException refused() {
        return RuleViolationException.field(FIELD, "must be a path in the app or a URL of an allowed origin");
    }
}

package com.humanscrm.application.signin;

import com.humanscrm.domain.shared.RuleViolationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
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
        Optional<String> origin = WebOrigins.of(uri);
        if (origin.isEmpty() || !(origin.equals(WebOrigins.of(policy.appUrl())) || allowedOrigins(policy).contains(origin.get()))) {
            throw refused();
        }
        return uri;
    }

    private static Set<String> allowedOrigins(SignInPolicy policy) {
        return policy.allowedOrigins().stream().flatMap(origin -> WebOrigins.of(origin).stream()).collect(Collectors.toSet());
    }

    private static RuleViolationException refused() {
        return RuleViolationException.field(FIELD, "must be a path in the app or a URL of an allowed origin");
    }
}

package com.humanscrm.application.signin;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * What an operator decides about signing in.
 *
 * @param appUrl where the browser goes after signing in when it asked for nowhere else
 * @param allowedOrigins the origins ({@code https://crm.example.com}) a {@code returnTo} may point into
 * @param hostedDomain when set, only Google Workspace accounts of this domain may sign in
 */
public record SignInPolicy(URI appUrl, Set<String> allowedOrigins, String hostedDomain) {
    public SignInPolicy {
        Objects.requireNonNull(appUrl, "appUrl");
        allowedOrigins = Set.copyOf(allowedOrigins);
    }
}

package com.humanscrm.adapters.http;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * How to reach Google (or whatever stands in for it) for signing in, all from configuration.
 *
 * @param clientId     the OAuth client's id; ID tokens must be issued to it (their audience)
 * @param clientSecret the OAuth client's secret, sent to the token endpoint
 * @param redirectUri  this API's {@code /auth/google/callback} as registered with the client
 * @param authUri      the authorization endpoint the browser is sent to
 * @param tokenUri     the token endpoint that exchanges a code for an ID token
 * @param jwksUri      the key set (JWKS) ID tokens must be signed with
 * @param issuers      the issuers an ID token may name (Google uses two spellings)
 */
public record GoogleSettings(String clientId, String clientSecret, URI redirectUri, URI authUri, URI tokenUri,
                             URI jwksUri, List<String> issuers) {

    public static final URI GOOGLE_AUTH_URI = URI.create("https://accounts.google.com/o/oauth2/v2/auth");
    public static final URI GOOGLE_TOKEN_URI = URI.create("https://oauth2.googleapis.com/token");
    public static final URI GOOGLE_JWKS_URI = URI.create("https://www.googleapis.com/oauth2/v3/certs");
    public static final List<String> GOOGLE_ISSUERS = List.of("https://accounts.google.com", "accounts.google.com");

    public GoogleSettings {
        requireText(clientId, "clientId");
        requireText(clientSecret, "clientSecret");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(authUri, "authUri");
        Objects.requireNonNull(tokenUri, "tokenUri");
        Objects.requireNonNull(jwksUri, "jwksUri");
        issuers = List.copyOf(issuers);
        if (issuers.isEmpty() || issuers.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("issuers must name at least one issuer, and no blank one");
        }
    }

    /** Google itself, with its production endpoints. */
    public static GoogleSettings google(String clientId, String clientSecret, URI redirectUri) {
        return new GoogleSettings(clientId, clientSecret, redirectUri, GOOGLE_AUTH_URI, GOOGLE_TOKEN_URI,
                GOOGLE_JWKS_URI, GOOGLE_ISSUERS);
    }

    @Override
    public String toString() {
        return "GoogleSettings[clientId=" + clientId + ", clientSecret=(hidden), redirectUri=" + redirectUri
                + ", authUri=" + authUri + ", tokenUri=" + tokenUri + ", jwksUri=" + jwksUri + ", issuers=" + issuers + "]";
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}

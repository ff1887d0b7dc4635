package com.humanscrm.adapters.http.testing;

import com.humanscrm.adapters.http.GoogleSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * Google, played by mock-oauth2-server on this machine: its authorization endpoint answers at once with
 * a redirect carrying a code, its token endpoint issues ID tokens signed with its own keys. What the next
 * ID token says is set with {@link #nextSignIn}. Close it (its server thread would keep the JVM alive).
 */
public final class FakeGoogle implements AutoCloseable {

    public static final String CLIENT_ID = "crm-test-client";
    public static final String CLIENT_SECRET = "crm-test-secret";
    /** The issuer id whose endpoints play Google. */
    public static final String ISSUER_ID = "google";

    private final MockOAuth2Server server = new MockOAuth2Server();

    public FakeGoogle() {
        server.start();
    }

    /** Settings pointing every Google URL at this fake, with the callback at {@code redirectUri}. */
    public GoogleSettings settings(URI redirectUri) {
        return new GoogleSettings(CLIENT_ID, CLIENT_SECRET, redirectUri, uri(server.authorizationEndpointUrl(ISSUER_ID)),
                uri(server.tokenEndpointUrl(ISSUER_ID)), uri(server.jwksUrl(ISSUER_ID)), List.of(issuer()));
    }

    public String issuer() {
        return server.issuerUrl(ISSUER_ID).toString();
    }

    /** The token endpoint of another issuer of this fake: its tokens are signed with a key Google does not publish. */
    public URI foreignTokenUri(String issuerId) {
        return uri(server.tokenEndpointUrl(issuerId));
    }

    /**
     * The next ID token issued by {@code issuerId}'s token endpoint: for {@code subject}, with these claims
     * on top of the defaults (they may override {@code iss}, {@code aud} and the others), expiring in
     * {@code expirySeconds} (negative: already expired).
     */
    public void nextSignIn(String issuerId, String subject, Map<String, Object> claims, long expirySeconds) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", null, new HashMap<>(claims),
                expirySeconds));
    }

    /** The next ID token: a verified account with this email, valid for an hour. */
    public void nextSignIn(String subject, String email) {
        nextSignIn(ISSUER_ID, subject, Map.of("email", email, "email_verified", true), 3600);
    }

    public void nextSignIn(String subject, Map<String, Object> claims) {
        nextSignIn(ISSUER_ID, subject, claims, 3600);
    }

    /** A loopback URL where nothing listens. */
    public static URI nowhere(String path) {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.shutdown();
    }

    private static URI uri(Object url) {
        return URI.create(url.toString());
    }
}

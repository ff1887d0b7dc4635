package com.humanscrm.adapters.http.testing;

import com.humanscrm.adapters.http.GoogleSettings;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * Google, played by mock-oauth2-server on this machine: its authorization endpoint answers at once with
 * a redirect carrying a code, its token endpoint issues ID tokens signed with its own keys. What the next
 * ID token says is set with {@link #nextSignIn}; a token endpoint answering what Google would not, with
 * {@link #tokenUriAnswering}. Close it (its server threads would keep the JVM alive).
 */
public final class FakeGoogle implements AutoCloseable {

    public static final String CLIENT_ID = "crm-test-client";
    public static final String CLIENT_SECRET = "crm-test-secret";
    /** The issuer id whose endpoints play Google. */
    public static final String ISSUER_ID = "google";

    private final MockOAuth2Server server = new MockOAuth2Server();
    private final HttpServer stub;
    private final AtomicInteger answers = new AtomicInteger();

    public FakeGoogle() {
        server.start();
        try {
            stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stub.start();
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

    /**
     * A token endpoint of its own that gives every exchange this answer: one that fails, or says what Google
     * never should. mock-oauth2-server cannot be told to, so a plain JDK server beside it answers.
     */
    public URI tokenUriAnswering(int status, String contentType, String body) {
        String path = "/token-" + answers.incrementAndGet();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        stub.createContext(path, exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", contentType);
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        });
        return URI.create("http://127.0.0.1:" + stub.getAddress().getPort() + path);
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
        stub.stop(0);
        server.shutdown();
    }

    private static URI uri(Object url) {
        return URI.create(url.toString());
    }
}

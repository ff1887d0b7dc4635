package com.humanscrm.application.testing;

import com.humanscrm.application.signin.IdentityProvider;
import com.humanscrm.application.signin.VerifiedIdentity;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Google as a test scripts it: each exchange answers with the next scripted identity or failure, and
 * records the code and verifier it was given. Authorization URIs carry their parameters in the query,
 * for tests to read back with {@link #parameter}.
 */
public final class FakeIdentityProvider implements IdentityProvider {

    public static final URI AUTHORIZATION_ENDPOINT = URI.create("https://accounts.google.test/o/oauth2/v2/auth");

    /** One call to {@link #exchange}. */
    public record Exchange(String code, String codeVerifier) {
    }

    private final Deque<Supplier<VerifiedIdentity>> outcomes = new ArrayDeque<>();
    private final List<Exchange> exchanges = new ArrayList<>();
    private String lastNonce;

    @Override
    public synchronized URI authorizationUri(String state, String nonce, String codeChallenge) {
        lastNonce = nonce;
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("response_type", "code");
        parameters.put("client_id", "fake-client");
        parameters.put("scope", "openid email profile");
        parameters.put("state", state);
        parameters.put("nonce", nonce);
        parameters.put("code_challenge", codeChallenge);
        parameters.put("code_challenge_method", "S256");
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return URI.create(AUTHORIZATION_ENDPOINT + "?" + query);
    }

    @Override
    public synchronized VerifiedIdentity exchange(String code, String codeVerifier) {
        exchanges.add(new Exchange(code, codeVerifier));
        Supplier<VerifiedIdentity> outcome = outcomes.pollFirst();
        if (outcome == null) {
            throw new IllegalStateException("The test scripted no answer for this exchange");
        }
        return outcome.get();
    }

    /** The next exchange returns this identity. */
    public synchronized FakeIdentityProvider willReturn(VerifiedIdentity identity) {
        outcomes.addLast(() -> identity);
        return this;
    }

    /** The next exchange throws this (a {@code SignInException.failed}, an {@code UnavailableException}). */
    public synchronized FakeIdentityProvider willFail(RuntimeException failure) {
        outcomes.addLast(() -> {
            throw failure;
        });
        return this;
    }

    /** The nonce of the last authorization URI made: what a real ID token for that sign-in would carry. */
    public synchronized String lastNonce() {
        return lastNonce;
    }

    public synchronized List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** A query parameter of a URI, decoded; {@code null} when it has none of that name. */
    public static String parameter(URI uri, String name) {
        String query = uri.getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}

package com.humanscrm.adapters.http.auth;

import com.google.api.client.auth.oauth2.TokenResponseException;
import com.google.api.client.auth.openidconnect.IdTokenVerifier;
import com.google.api.client.googleapis.auth.oauth2.GoogleAuthorizationCodeRequestUrl;
import com.google.api.client.googleapis.auth.oauth2.GoogleAuthorizationCodeTokenRequest;
import com.google.api.client.googleapis.auth.oauth2.GoogleIdToken;
import com.google.api.client.googleapis.auth.oauth2.GoogleTokenResponse;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.gson.GsonFactory;
import com.humanscrm.adapters.http.GoogleSettings;
import com.humanscrm.application.shared.UnavailableException;
import com.humanscrm.application.signin.IdentityProvider;
import com.humanscrm.application.signin.SignInException;
import com.humanscrm.application.signin.VerifiedIdentity;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Google's OpenID Connect authorization code flow with PKCE, through Google's OAuth client library.
 * PKCE is done by hand: the library's own support uses one verifier for every sign-in of a flow.
 * The ID token is verified against the configured key set, issuers and audience (the client id), with
 * a minute of clock skew; what it says about the person is returned for the use case to judge.
 */
public final class GoogleIdentityProvider implements IdentityProvider {

    private static final Logger LOG = LoggerFactory.getLogger(GoogleIdentityProvider.class);

    private static final List<String> SCOPES = List.of("openid", "email", "profile");
    private static final long CLOCK_SKEW_SECONDS = 60;
    private static final int TIMEOUT_MILLIS = 10_000;
    /** Set, it makes the library accept ID tokens without checking their signature. */
    private static final String SKIP_SIGNATURE = "OAUTH_CLIENT_SKIP_SIGNATURE";
    private static final String FAILED = "SIGN_IN_FAILED";

    private static final HttpTransport TRANSPORT = new NetHttpTransport();
    private static final JsonFactory JSON = GsonFactory.getDefaultInstance();
    private static final HttpRequestInitializer TIMEOUTS = request ->
            request.setConnectTimeout(TIMEOUT_MILLIS).setReadTimeout(TIMEOUT_MILLIS);

    private final GoogleSettings settings;
    /** Built once: it keeps the fetched keys for an hour. */
    private final IdTokenVerifier verifier;

    public GoogleIdentityProvider(GoogleSettings settings) {
        if (System.getenv(SKIP_SIGNATURE) != null) {
            throw new IllegalStateException(SKIP_SIGNATURE + " is set: Google's client library would accept unsigned"
                    + " ID tokens. Unset it.");
        }
        this.settings = settings;
        this.verifier = new IdTokenVerifier.Builder()
                .setCertificatesLocation(settings.jwksUri().toString())
                .setIssuers(settings.issuers())
                .setAudience(List.of(settings.clientId()))
                .setAcceptableTimeSkewSeconds(CLOCK_SKEW_SECONDS)
                .setHttpTransportFactory(() -> TRANSPORT)
                .build();
    }

    @Override
    public URI authorizationUri(String state, String nonce, String codeChallenge) {
        return URI.create(new GoogleAuthorizationCodeRequestUrl(settings.authUri().toString(), settings.clientId(),
                settings.redirectUri().toString(), SCOPES)
                .setState(state)
                .set("nonce", nonce)
                .set("code_challenge", codeChallenge)
                .set("code_challenge_method", "S256")
                .build());
    }

    @Override
    public VerifiedIdentity exchange(String code, String codeVerifier) {
        GoogleIdToken token = verified(idToken(tokenResponse(code, codeVerifier)));
        GoogleIdToken.Payload claims = token.getPayload();
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            throw SignInException.failed(FAILED, "Google's ID token names no account (no 'sub')");
        }
        Object picture = claims.get("picture");
        return new VerifiedIdentity(claims.getSubject(), claims.getEmail(), Boolean.TRUE.equals(claims.getEmailVerified()),
                claims.getHostedDomain(), claims.getNonce(), picture instanceof String url ? url : null);
    }

    private GoogleTokenResponse tokenResponse(String code, String codeVerifier) {
        try {
            return new GoogleAuthorizationCodeTokenRequest(TRANSPORT, JSON, settings.tokenUri().toString(),
                    settings.clientId(), settings.clientSecret(), code, settings.redirectUri().toString())
                    .setRequestInitializer(TIMEOUTS)
                    .set("code_verifier", codeVerifier)
                    .execute();
        } catch (TokenResponseException e) {
            if (e.getStatusCode() >= 500) {
                throw new UnavailableException("Google's token endpoint failed (HTTP " + e.getStatusCode() + ")", e);
            }
            String error = e.getDetails() == null || e.getDetails().getError() == null
                    ? "HTTP " + e.getStatusCode() : e.getDetails().getError();
            LOG.info("Google refused a sign-in code: {}", e.getMessage());
            throw SignInException.failed(FAILED, "Google refused the sign-in code (" + printable(error) + ")");
        } catch (IOException e) {
            throw new UnavailableException("Google's token endpoint cannot be reached", e);
        }
    }

    private static GoogleIdToken idToken(GoogleTokenResponse response) {
        if (response.getIdToken() == null) {
            throw SignInException.failed(FAILED, "Google's answer carries no ID token");
        }
        try {
            return response.parseIdToken();
        } catch (IOException | IllegalArgumentException e) {
            throw SignInException.failed(FAILED, "Google's ID token cannot be read");
        }
    }

    private GoogleIdToken verified(GoogleIdToken token) {
        boolean valid;
        try {
            valid = verifier.verifyOrThrow(token);
        } catch (IOException e) {
            // With a cause, the key set could not be fetched; without, it has no key of the token's id.
            if (e.getCause() != null) {
                throw new UnavailableException("Google's signing keys cannot be fetched", e);
            }
            throw SignInException.failed(FAILED, "The ID token is signed with a key Google does not publish");
        }
        if (!valid) {
            throw SignInException.failed(FAILED, "The ID token does not verify: its signature, issuer, audience or"
                    + " expiry is wrong");
        }
        return token;
    }

    /** Google's error code as it may be shown: short, and nothing but printable ASCII. */
    private static String printable(String text) {
        String kept = text.replaceAll("[^\\x20-\\x7E]", "?");
        return kept.length() > 100 ? kept.substring(0, 100) : kept;
    }
}

package com.humanscrm.application.auth;

import com.humanscrm.application.apikey.ApiKeyCredential;
import com.humanscrm.application.apikey.ApiKeyRepository;
import com.humanscrm.domain.apikey.ApiKeySecret;
import java.time.Clock;
import java.time.Instant;

/**
 * Turns a presented API key into a principal. Runs on every request, so it relies on the
 * repository's cache and deferred last-used writes to cost no database round trip.
 */
public final class AuthenticateApiKey {

    private final ApiKeyRepository apiKeys;
    private final Clock clock;

    public AuthenticateApiKey(ApiKeyRepository apiKeys, Clock clock) {
        this.apiKeys = apiKeys;
        this.clock = clock;
    }

    public Principal execute(String presentedSecret) {
        if (presentedSecret == null) {
            throw AuthenticationException.invalid();
        }
        Instant now = clock.instant();
        ApiKeyCredential credential = apiKeys.findCredential(ApiKeySecret.hashOf(presentedSecret))
                .filter(found -> found.key().usableAt(now) && found.colleague().active())
                .orElseThrow(AuthenticationException::invalid);
        apiKeys.recordUse(credential.key().id(), now);
        return new Principal(credential.colleague().id(), credential.key().id(),
                credential.key().role().capTo(credential.colleague().role()),
                credential.colleague().email(), credential.colleague().displayName());
    }
}

package com.humanscrm.adapters.http.apikey;

import com.humanscrm.adapters.http.shared.Versioned;
import com.humanscrm.domain.apikey.ApiKey;
import java.time.Instant;
import java.util.UUID;

/** A key as admins see it: never its secret (nor the hash), only the prefix to recognise it by. */
record ApiKeyResponse(UUID id, UUID colleagueId, String name, String role, String prefix, Instant expiresAt,
                      Instant revokedAt, Instant lastUsedAt, int version, Instant createdAt, Instant updatedAt)
        implements Versioned {

    static ApiKeyResponse from(ApiKey key) {
        return new ApiKeyResponse(key.id().value(), key.colleagueId().value(), key.name(), key.role().wireName(),
                key.prefix(), key.expiresAt(), key.revokedAt(), key.lastUsedAt(), key.version(), key.createdAt(),
                key.updatedAt());
    }
}

package com.humanscrm.adapters.http.apikey;

import com.humanscrm.application.apikey.CreateApiKey;
import com.humanscrm.domain.colleague.ColleagueId;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code POST /api/admin/api-keys}: no role gives the colleague's own, no expiry a key that never expires.
 * Every value rule is the use case's and the domain's, so all of them are reported together.
 */
record CreateApiKeyRequest(UUID colleagueId, String name, String role, Instant expiresAt) {

    CreateApiKey.Command toCommand() {
        return new CreateApiKey.Command(colleagueId == null ? null : new ColleagueId(colleagueId), null, name, role, expiresAt);
    }
}

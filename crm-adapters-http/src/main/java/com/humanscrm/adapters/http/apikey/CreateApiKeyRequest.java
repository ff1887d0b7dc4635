package com.humanscrm.adapters.http.apikey;

import com.humanscrm.application.apikey.CreateApiKey;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.colleague.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** {@code POST /api/admin/api-keys}: no role gives the colleague's own, no expiry a key that never expires. */
record CreateApiKeyRequest(@NotNull UUID colleagueId, @NotBlank String name, String role, Instant expiresAt) {

    CreateApiKey.Command toCommand() {
        return new CreateApiKey.Command(new ColleagueId(colleagueId), null, name,
                role == null ? null : Role.fromWireName(role, "role"), expiresAt);
    }
}

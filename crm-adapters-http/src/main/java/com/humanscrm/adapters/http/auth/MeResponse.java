package com.humanscrm.adapters.http.auth;

import com.humanscrm.adapters.http.shared.Authenticator;
import com.humanscrm.application.auth.Principal;
import java.util.UUID;

/**
 * Who the caller is signed in as.
 *
 * @param role           what this credential may do (an API key's role is capped by its colleague's)
 * @param authenticatedBy {@code session} (the browser's cookie) or {@code apiKey}
 */
record MeResponse(UUID id, String email, String displayName, String role, String authenticatedBy) {

    static MeResponse from(Principal principal, Authenticator.Kind kind) {
        return new MeResponse(principal.colleagueId().value(), principal.email(), principal.displayName(),
                principal.role().wireName(), kind == Authenticator.Kind.SESSION_COOKIE ? "session" : "apiKey");
    }
}

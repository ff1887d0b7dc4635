package com.humanscrm.application.auth;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.apikey.ApiKeyId;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.colleague.Role;

/**
 * Who a request is authenticated as, whatever the credential: {@code apiKeyId} is set when it was an
 * API key. {@code role} is what this credential may do (an API key's role, capped by its colleague's).
 */
public record Principal(ColleagueId colleagueId, ApiKeyId apiKeyId, Role role, String email, String displayName) {

    public Actor actor(String requestId, String clientIp) {
        return new Actor(colleagueId, apiKeyId, role, requestId, clientIp);
    }
}

package com.humanscrm.application.shared;

import com.humanscrm.domain.apikey.ApiKeyId;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.colleague.Role;
import java.util.Objects;

/**
 * Who asks for a use case, and from which request: permission checks and audit entries come from here.
 * {@code colleagueId} is {@code null} only for the operator's command line ({@link #operator}).
 */
public record Actor(ColleagueId colleagueId, ApiKeyId apiKeyId, Role role, String requestId, String clientIp) {

    public Actor {
        Objects.requireNonNull(role, "role");
    }

    /** The person at the server's command line: may do anything, and is recorded as the system. */
    public static Actor operator() {
        return new Actor(null, null, Role.ADMIN, null, "cli");
    }

    public void require(Permission permission) {
        if (!permission.grantedTo(role)) {
            throw new AccessDeniedException("Your role (" + role.wireName() + ") does not allow this");
        }
    }
}

package com.humanscrm.adapters.http.session;

import com.humanscrm.domain.session.Session;
import java.time.Instant;
import java.util.UUID;

/** A session as admins see it: never its token (nor the hash), only where and when it began. */
record SessionResponse(UUID id, UUID colleagueId, Instant createdAt, Instant expiresAt, Instant lastSeenAt,
                       String userAgent, String clientIp) {

    static SessionResponse from(Session session) {
        return new SessionResponse(session.id().value(), session.colleagueId().value(), session.createdAt(),
                session.expiresAt(), session.lastSeenAt(), session.userAgent(), session.clientIp());
    }
}

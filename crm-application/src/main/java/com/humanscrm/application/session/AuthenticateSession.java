package com.humanscrm.application.session;

import com.humanscrm.application.auth.AuthenticationException;
import com.humanscrm.application.auth.Principal;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.session.SessionToken;
import java.time.Clock;
import java.time.Instant;

/**
 * Turns a browser's session cookie into a principal: its colleague, with the role they have now. Runs
 * on every request, so it relies on the repository's cache and deferred last-seen writes.
 */
public final class AuthenticateSession {

    private final SessionRepository sessions;
    private final Clock clock;

    public AuthenticateSession(SessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** @throws AuthenticationException {@code AUTH_INVALID} for no, an unknown or an expired token, or a deactivated colleague */
    public Principal execute(String token) {
        if (token == null || token.isBlank()) {
            throw AuthenticationException.invalid();
        }
        Instant now = clock.instant();
        SessionCredential credential = sessions.findCredential(new SessionToken(token).hash())
                .filter(found -> found.session().activeAt(now) && found.colleague().active())
                .orElseThrow(AuthenticationException::invalid);
        sessions.recordSeen(credential.session().id(), now);
        Colleague colleague = credential.colleague();
        return new Principal(colleague.id(), null, colleague.role(), colleague.email(), colleague.displayName());
    }
}

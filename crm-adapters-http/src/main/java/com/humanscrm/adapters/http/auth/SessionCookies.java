package com.humanscrm.adapters.http.auth;

import com.humanscrm.adapters.http.shared.Authenticator;
import com.humanscrm.application.auth.AuthenticationException;
import com.humanscrm.application.auth.Principal;
import com.humanscrm.application.session.AuthenticateSession;
import io.javalin.http.Context;

/**
 * Browsers, signed in with Google: the {@code humans_session} cookie. A cookie whose session has ended
 * (expired, signed out, revoked, its colleague deactivated) is cleared with the refusal, so the browser
 * stops sending it.
 */
public final class SessionCookies implements Authenticator {

    private final AuthenticateSession authenticateSession;
    private final BrowserCookies cookies;

    public SessionCookies(AuthenticateSession authenticateSession, BrowserCookies cookies) {
        this.authenticateSession = authenticateSession;
        this.cookies = cookies;
    }

    @Override
    public Kind kind() {
        return Kind.SESSION_COOKIE;
    }

    @Override
    public boolean presentOn(Context ctx) {
        String token = BrowserCookies.session(ctx);
        // An emptied cookie is one a sign-out cleared: no credential, not a bad one.
        return token != null && !token.isEmpty();
    }

    @Override
    public Principal authenticate(Context ctx) {
        try {
            return authenticateSession.execute(BrowserCookies.session(ctx));
        } catch (AuthenticationException e) {
            cookies.endSession(ctx);
            throw e;
        }
    }
}

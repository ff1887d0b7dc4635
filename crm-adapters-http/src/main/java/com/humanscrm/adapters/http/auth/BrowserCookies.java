package com.humanscrm.adapters.http.auth;

import com.humanscrm.domain.session.Session;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * The two cookies a browser gets: the session, sent with every request to the API; and, while a sign-in
 * is under way, its state, sent back only to {@code /auth/google}, which binds the callback to the browser
 * that began the sign-in. Both HttpOnly and SameSite=Lax (the callback is a top-level navigation from
 * Google, which a Strict cookie would miss), and Secure unless configured for plain-HTTP development.
 */
public final class BrowserCookies {

    public static final String SESSION = "humans_session";
    public static final String SIGN_IN = "humans_sign_in";

    private static final String SESSION_PATH = "/";
    private static final String SIGN_IN_PATH = "/auth/google";
    private static final int SESSION_SECONDS = (int) Session.LIFETIME.toSeconds();
    private static final int SIGN_IN_SECONDS = (int) com.humanscrm.application.signin.SignInAttempt.LIFETIME.toSeconds();

    private static final String SESSION_ENDED = BrowserCookies.class.getName() + ".sessionEnded";

    private final boolean secure;

    public BrowserCookies(boolean secure) {
        this.secure = secure;
    }

    public static String session(Context ctx) {
        return ctx.cookie(SESSION);
    }

    public static String signIn(Context ctx) {
        return ctx.cookie(SIGN_IN);
    }

    void startSession(Context ctx, String token) {
        ctx.cookie(cookie(SESSION, token, SESSION_PATH, SESSION_SECONDS));
    }

    /** Clears the session cookie, once however often it is asked to. */
    void endSession(Context ctx) {
        if (ctx.attribute(SESSION_ENDED) == null) {
            ctx.attribute(SESSION_ENDED, true);
            ctx.cookie(cookie(SESSION, "", SESSION_PATH, 0));
        }
    }

    void startSignIn(Context ctx, String state) {
        ctx.cookie(cookie(SIGN_IN, state, SIGN_IN_PATH, SIGN_IN_SECONDS));
    }

    void endSignIn(Context ctx) {
        ctx.cookie(cookie(SIGN_IN, "", SIGN_IN_PATH, 0));
    }

    private Cookie cookie(String name, String value, String path, int maxAgeSeconds) {
        return new Cookie(name, value, path, maxAgeSeconds, secure, true, null, SameSite.LAX);
    }
}

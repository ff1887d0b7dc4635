package com.humanscrm.adapters.http.shared;

import com.humanscrm.application.auth.Principal;
import io.javalin.http.Context;

/**
 * One kind of credential a request can carry (an API key, a session cookie), turned into the same
 * {@link Principal} whatever the kind.
 */
public interface Authenticator {

    /** How a request was authenticated: it decides which browser protections apply. */
    enum Kind {
        /** Sent by a program that chose to: {@code Authorization: Bearer …}. */
        API_KEY,
        /** Sent by a browser with every request to this API, whichever page asks: needs the Origin check. */
        SESSION_COOKIE
    }

    Kind kind();

    /** Whether the request carries a credential of this kind at all, good or bad. */
    boolean presentOn(Context ctx);

    /**
     * The principal of this request's credential, which {@link #presentOn} found. A bad one is refused
     * with an {@link com.humanscrm.application.auth.AuthenticationException}.
     */
    Principal authenticate(Context ctx);
}

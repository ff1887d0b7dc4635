package com.humanscrm.adapters.http.shared;

import com.humanscrm.application.auth.Principal;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * One kind of credential a request can carry (an API key today; a session cookie later), turned
 * into the same {@link Principal} whatever the kind.
 */
public interface Authenticator {

    /**
     * The principal of this request's credential; empty when the request carries no credential of
     * this kind. A credential that is present but bad is refused with an
     * {@link com.humanscrm.application.auth.AuthenticationException}.
     */
    Optional<Principal> authenticate(Context ctx);
}

package com.humanscrm.adapters.http.shared;

import com.humanscrm.application.auth.AuthenticateApiKey;
import com.humanscrm.application.auth.AuthenticationException;
import com.humanscrm.application.auth.Principal;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.Locale;

/** API keys sent as {@code Authorization: Bearer <key>}. */
public final class BearerApiKeys implements Authenticator {

    private static final String SCHEME = "bearer ";

    private final AuthenticateApiKey authenticateApiKey;

    public BearerApiKeys(AuthenticateApiKey authenticateApiKey) {
        this.authenticateApiKey = authenticateApiKey;
    }

    @Override
    public Kind kind() {
        return Kind.API_KEY;
    }

    @Override
    public boolean presentOn(Context ctx) {
        return ctx.header(Header.AUTHORIZATION) != null;
    }

    @Override
    public Principal authenticate(Context ctx) {
        String authorization = ctx.header(Header.AUTHORIZATION);
        // Another scheme (Basic, say) is a credential this API will never accept, not a missing one.
        if (!authorization.toLowerCase(Locale.ROOT).startsWith(SCHEME) || authorization.substring(SCHEME.length()).isBlank()) {
            throw AuthenticationException.invalid();
        }
        return authenticateApiKey.execute(authorization.substring(SCHEME.length()).strip());
    }
}

package com.humanscrm.adapters.http.auth;

import com.humanscrm.adapters.http.shared.Authentication;
import com.humanscrm.adapters.http.shared.HeadRequests;
import com.humanscrm.adapters.http.shared.BrowserOrigins;
import com.humanscrm.adapters.http.shared.DataResponse;
import com.humanscrm.adapters.http.shared.RateLimitedException;
import com.humanscrm.adapters.http.shared.Params;
import com.humanscrm.adapters.http.shared.RateLimiter;
import com.humanscrm.adapters.http.shared.RequestIds;
import com.humanscrm.adapters.http.shared.Responses;
import com.humanscrm.application.session.SignOut;
import com.humanscrm.application.auth.AuthenticationException;
import com.humanscrm.application.auth.Principal;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.signin.BeginSignIn;
import com.humanscrm.application.signin.CompleteSignIn;
import com.humanscrm.application.signin.SignInUseCases;
import com.humanscrm.application.signin.SignInException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * {@code /auth}: signing in with Google, signing out, and who the caller is. Public routes: each decides
 * itself what a credential means to it.
 */
public final class AuthRoutes {

    private static final String NO_STORE = "no-store";

    private final SignInUseCases signIn;
    private final SignOut signOut;
    private final Authentication authentication;
    private final BrowserOrigins origins;
    private final BrowserCookies cookies;
    private final RateLimiter signIns;

    private AuthRoutes(SignInUseCases signIn, SignOut signOut, Authentication authentication, BrowserOrigins origins,
                       BrowserCookies cookies, RateLimiter signIns) {
        this.signIn = signIn;
        this.signOut = signOut;
        this.authentication = authentication;
        this.origins = origins;
        this.cookies = cookies;
        this.signIns = signIns;
    }

    /**
     * @param signIns counts requests to the sign-in routes per client address
     */
    public static void register(RoutesConfig routes, SignInUseCases signIn, SignOut signOut, Authentication authentication,
                                BrowserOrigins origins, BrowserCookies cookies, RateLimiter signIns) {
        AuthRoutes auth = new AuthRoutes(signIn, signOut, authentication, origins, cookies, signIns);
        routes.get("/auth/google/login", auth::login, Authentication.PUBLIC, HeadRequests.NOT_MIRRORED);
        routes.get("/auth/google/callback", auth::callback, Authentication.PUBLIC, HeadRequests.NOT_MIRRORED);
        routes.post("/auth/logout", auth::logout, Authentication.PUBLIC);
        routes.get("/auth/me", auth::me, Authentication.PUBLIC);
    }

    private void login(Context ctx) {
        signIns.acquire(ctx.ip());
        BeginSignIn.Started started = signIn.begin().execute(Params.text(ctx, "returnTo"));
        cookies.startSignIn(ctx, started.state());
        ctx.header(Header.CACHE_CONTROL, NO_STORE);
        redirect(ctx, started.authorizationUri().toString());
    }

    private void callback(Context ctx) {
        signIns.acquire(ctx.ip());
        String state = Params.text(ctx, "state");
        String boundState = BrowserCookies.signIn(ctx);
        ctx.header(Header.CACHE_CONTROL, NO_STORE);
        cookies.endSignIn(ctx); // whatever happens next, this sign-in is over
        if (state != null && !sameText(state, boundState)) {
            throw SignInException.failed("INVALID_STATE", "This sign-in was not started in this browser, or it has"
                    + " expired: sign in again");
        }
        CompleteSignIn.SignedIn signedIn = signIn.complete().execute(new CompleteSignIn.Callback(state,
                Params.text(ctx, "code"), Params.text(ctx, "error"), ctx.userAgent(), ctx.ip(), RequestIds.of(ctx)));
        cookies.startSession(ctx, signedIn.token().value());
        redirect(ctx, signedIn.returnTo().toString());
    }

    private void logout(Context ctx) {
        String token = BrowserCookies.session(ctx);
        if (token != null && !token.isEmpty()) {
            origins.requireTrustedOriginToChange(ctx);
            signOut.execute(signedInActor(ctx).orElse(null), token);
        }
        cookies.endSession(ctx);
        Responses.noContent(ctx);
    }

    private void me(Context ctx) {
        ctx.header(Header.CACHE_CONTROL, NO_STORE);
        Optional<Principal> principal;
        try {
            principal = authentication.authenticateIfPresent(ctx);
        } catch (AuthenticationException e) {
            if (ctx.header(Header.AUTHORIZATION) != null) {
                throw e; // a program's bad key is an error; a browser's ended session just means signed out
            }
            principal = Optional.empty(); // and its cookie is already cleared
        }
        ctx.json(new DataResponse<>(principal
                .map(found -> MeResponse.from(found, Authentication.kind(ctx).orElseThrow()))
                .orElse(null)));
    }

    /**
     * The actor of the session being ended, when it is still valid: the audit entry names who signed out.
     * Signing out never fails for want of one, not even when the address has failed too often with keys.
     */
    private Optional<Actor> signedInActor(Context ctx) {
        try {
            return authentication.authenticateIfPresent(ctx).map(principal -> Authentication.actor(ctx));
        } catch (AuthenticationException | RateLimitedException e) {
            return Optional.empty();
        }
    }

    /** A 302 without a body (Javalin's own redirect writes one). */
    private static void redirect(Context ctx, String location) {
        ctx.status(HttpStatus.FOUND).header(Header.LOCATION, location);
    }

    private static boolean sameText(String a, String b) {
        return b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}

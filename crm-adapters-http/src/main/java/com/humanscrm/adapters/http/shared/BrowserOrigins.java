package com.humanscrm.adapters.http.shared;

import com.humanscrm.application.signin.WebOrigins;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import java.util.Set;

/**
 * Which web pages may use this API through a browser: pages of the trusted origins (the app's, and those
 * configured). A request a browser sends on its own with the session cookie, from any page, must not
 * change anything unless it came from one of them: that is what stops cross-site request forgery.
 */
public final class BrowserOrigins {

    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final Set<String> trusted;

    /** @param trusted origins in the spelling of {@link Origins#of} */
    public BrowserOrigins(Set<String> trusted) {
        this.trusted = Set.copyOf(trusted);
    }

    public Set<String> trusted() {
        return trusted;
    }

    public boolean trusts(String url) {
        return WebOrigins.of(url).filter(trusted::contains).isPresent();
    }

    /**
     * Refuses a request that changes something unless its {@code Origin} (or, without one, its
     * {@code Referer}) is trusted or is this API's own. For requests carried by the session cookie only:
     * a program sending an API key chose to send it.
     */
    public void requireTrustedOriginToChange(Context ctx) {
        if (SAFE.contains(ctx.method())) {
            return;
        }
        String claimed = ctx.header(Header.ORIGIN) != null ? ctx.header(Header.ORIGIN) : ctx.header(Header.REFERER);
        Optional<String> origin = WebOrigins.of(claimed);
        if (origin.isEmpty()) {
            throw new OriginNotAllowedException("A request signed in by the session cookie that changes something must"
                    + " say where it comes from (Origin)");
        }
        if (!trusted.contains(origin.get()) && !sameOrigin(ctx, origin.get())) {
            throw new OriginNotAllowedException("Requests from " + origin.get() + " may not change anything here");
        }
    }

    /**
     * Javalin's CORS plugin marks a request from an untrusted origin 400, and lets it run. Its answer is
     * left to the route; withholding the CORS headers is what keeps it from the page (and
     * {@link #requireTrustedOriginToChange} what keeps it from changing anything).
     */
    public void undoCorsRefusal(Context ctx) {
        String origin = ctx.header(Header.ORIGIN);
        if (origin != null && ctx.status() == HttpStatus.BAD_REQUEST && !trusts(origin)) {
            ctx.status(HttpStatus.OK);
        }
    }

    /** The page is this API's own (its documentation, say): the origin names the host the request was sent to. */
    private static boolean sameOrigin(Context ctx, String origin) {
        String host = ctx.header(Header.HOST);
        return host != null && WebOrigins.of(ctx.scheme() + "://" + host).filter(origin::equals).isPresent();
    }
}

package com.humanscrm.adapters.http;

import com.humanscrm.adapters.http.account.AccountRoutes;
import com.humanscrm.adapters.http.activity.ActivityRoutes;
import com.humanscrm.adapters.http.apikey.ApiKeyRoutes;
import com.humanscrm.adapters.http.audit.AuditRoutes;
import com.humanscrm.adapters.http.auth.AuthRoutes;
import com.humanscrm.adapters.http.auth.BrowserCookies;
import com.humanscrm.adapters.http.auth.SessionCookies;
import com.humanscrm.adapters.http.booking.BookingRoutes;
import com.humanscrm.adapters.http.colleague.ColleagueRoutes;
import com.humanscrm.adapters.http.docs.DocsRoutes;
import com.humanscrm.adapters.http.document.DocumentRoutes;
import com.humanscrm.adapters.http.flight.FlightRoutes;
import com.humanscrm.adapters.http.geo.GeoInterestRoutes;
import com.humanscrm.adapters.http.health.HealthRoutes;
import com.humanscrm.adapters.http.human.HumanRoutes;
import com.humanscrm.adapters.http.lookup.LookupRoutes;
import com.humanscrm.adapters.http.pet.PetRoutes;
import com.humanscrm.adapters.http.session.SessionRoutes;
import com.humanscrm.adapters.http.shared.Authentication;
import com.humanscrm.adapters.http.shared.BearerApiKeys;
import com.humanscrm.adapters.http.shared.BrowserOrigins;
import com.humanscrm.adapters.http.shared.ClientAddresses;
import com.humanscrm.adapters.http.shared.HeadRequests;
import com.humanscrm.adapters.http.shared.IdleTimeouts;
import com.humanscrm.adapters.http.shared.RequestLineMethod;
import com.humanscrm.adapters.http.shared.RateLimiter;
import com.humanscrm.adapters.http.shared.SecurityHeaders;
import com.humanscrm.adapters.http.shared.UnreadBodies;
import com.humanscrm.adapters.http.shared.IdempotencyKeys;
import com.humanscrm.adapters.http.shared.JettyProblems;
import com.humanscrm.adapters.http.shared.Json;
import com.humanscrm.adapters.http.shared.Problems;
import com.humanscrm.adapters.http.shared.RequestIds;
import com.humanscrm.application.UseCases;
import io.javalin.Javalin;
import io.javalin.http.Header;
import io.javalin.json.JavalinJackson3;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API of the CRM: one Javalin server over the use cases. Javalin stays inside this module;
 * whoever starts the API sees only this class.
 */
public final class HttpApi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    /** What a page of a trusted origin may read of an answer besides the basic headers. */
    private static final List<String> EXPOSED_HEADERS = List.of(Header.ETAG, Header.LOCATION, RequestIds.HEADER,
            IdempotencyKeys.REPLAYED, Header.RETRY_AFTER, Header.CONTENT_RANGE, Header.CONTENT_DISPOSITION);
    /** How long a browser may reuse a preflight's answer. */
    private static final int CORS_MAX_AGE_SECONDS = 600;

    private final Javalin app;
    private final HttpSettings settings;

    private HttpApi(Javalin app, HttpSettings settings) {
        this.app = app;
        this.settings = settings;
    }

    /**
     * The server, configured but not started: {@link #start()} it, then {@link #port()} tells where
     * it listens, and {@link #close()} ends it.
     *
     * @param databaseReady asked by {@code GET /health/ready}; must answer quickly and never throw
     */
    public static HttpApi create(HttpSettings settings, UseCases useCases, BooleanSupplier databaseReady) {
        return new HttpApi(javalin(settings, useCases, databaseReady), settings);
    }

    public HttpApi start() {
        app.start(settings.host(), settings.port());
        return this;
    }

    /** The port it listens on, once started: the configured one, or the one picked for port 0. */
    public int port() {
        return app.port();
    }

    /**
     * Every route it serves, as {@code GET /api/humans/{id}}, in registration order: filters and
     * static files are no routes; the {@code HEAD} mirror of each GET route comes last. For the test that
     * holds them to the OpenAPI document.
     */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(handler -> handler.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .toList();
    }

    /** Stops taking requests, lets those under way finish, and releases the port. */
    @Override
    public void close() {
        app.stop();
    }

    private static Javalin javalin(HttpSettings settings, UseCases useCases, BooleanSupplier databaseReady) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.concurrency.useVirtualThreads = true;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            SecurityHeaders securityHeaders = new SecurityHeaders(settings.browser().https());
            BrowserOrigins origins = new BrowserOrigins(settings.browser().trustedOrigins());
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new JettyProblems(securityHeaders));
                IdleTimeouts.apply(server, settings.idleTimeout());
            });
            config.jetty.modifyServletContextHandler(context -> context.addFilter(RequestLineMethod.class, "/*",
                    EnumSet.of(DispatcherType.REQUEST)));
            config.http.maxRequestSize = settings.maxRequestBytes();
            ClientAddresses clients = new ClientAddresses(settings.trustedProxies());
            config.contextResolver.ip = clients::of;
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson3(Json.MAPPER, true));
            config.requestLogger.http((ctx, millis) -> LOG.info("{} {} {} {}ms request={}",
                    ctx.method(), ctx.path(), ctx.statusCode(), Math.round(millis), RequestIds.of(ctx)));

            config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                List<String> trusted = List.copyOf(origins.trusted());
                rule.allowHost(trusted.getFirst(), trusted.subList(1, trusted.size()).toArray(String[]::new));
                rule.allowCredentials = true;
                rule.maxAge = CORS_MAX_AGE_SECONDS;
                EXPOSED_HEADERS.forEach(rule::exposeHeader);
            }));

            RequestIds.install(config.routes);
            UnreadBodies.install(config.routes);
            securityHeaders.install(config.routes);
            Problems.install(config.routes);
            config.routes.beforeMatched(origins::undoCorsRefusal);
            // An API key first: a program that sends one means it, whatever cookie its HTTP client kept.
            BrowserCookies cookies = new BrowserCookies(settings.browser().secureCookies());
            Authentication authentication = new Authentication(List.of(new BearerApiKeys(useCases.apiKeys().authenticate()),
                    new SessionCookies(useCases.sessions().authenticate(), cookies)),
                    new RateLimiter(settings.browser().rateLimits().failedAuthenticationsPerMinute()), origins);
            authentication.install(config.routes);
            IdempotencyKeys.install(config.routes, useCases.idempotency());

            HealthRoutes.register(config.routes, databaseReady);
            AuthRoutes.register(config.routes, useCases.signIn(), useCases.sessions().signOut(), authentication, origins, cookies,
                    new RateLimiter(settings.browser().rateLimits().signInsPerMinute()));
            DocsRoutes.register(config);
            HumanRoutes.register(config.routes, useCases.humans(), useCases.details());
            AccountRoutes.register(config.routes, useCases.accounts(), useCases.details());
            ActivityRoutes.register(config.routes, useCases.activities());
            PetRoutes.register(config.routes, useCases.pets());
            FlightRoutes.register(config.routes, useCases.flights());
            BookingRoutes.register(config.routes, useCases.bookings());
            GeoInterestRoutes.register(config.routes, useCases.geo());
            LookupRoutes.register(config.routes, useCases.lookups());
            ColleagueRoutes.register(config.routes, useCases.colleagues());
            SessionRoutes.register(config.routes, useCases.sessions());
            ApiKeyRoutes.register(config.routes, useCases.apiKeys());
            AuditRoutes.register(config.routes, useCases.audit());
            DocumentRoutes.register(config.routes, useCases.documents());
            HeadRequests.mirrorGets(config); // last: it mirrors the GET routes registered above
        });
    }
}

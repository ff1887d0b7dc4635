package com.humanscrm.adapters.http.health;

import com.humanscrm.adapters.http.shared.Authentication;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ServiceUnavailableResponse;
import java.util.function.BooleanSupplier;

/** For load balancers and orchestrators: open to all, and cheap enough to ask every few seconds. */
public final class HealthRoutes {

    private final BooleanSupplier databaseReady;

    private HealthRoutes(BooleanSupplier databaseReady) {
        this.databaseReady = databaseReady;
    }

    public static void register(RoutesConfig routes, BooleanSupplier databaseReady) {
        HealthRoutes health = new HealthRoutes(databaseReady);
        routes.get("/health/live", health::live, Authentication.PUBLIC);
        routes.get("/health/ready", health::ready, Authentication.PUBLIC);
    }

    /** The process answers: it need not be restarted. */
    private void live(Context ctx) {
        ctx.json(new HealthResponse("up"));
    }

    /** The process can serve requests: it may be sent traffic. */
    private void ready(Context ctx) {
        if (!databaseReady.getAsBoolean()) {
            throw new ServiceUnavailableResponse("The database is not reachable");
        }
        ctx.json(new HealthResponse("up"));
    }

    record HealthResponse(String status) {
    }
}

package com.humanscrm.adapters.http.session;

import static com.humanscrm.adapters.http.shared.Authentication.actor;

import com.humanscrm.adapters.http.shared.Lists;
import com.humanscrm.adapters.http.shared.Params;
import com.humanscrm.adapters.http.shared.Responses;
import com.humanscrm.application.UseCases;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.session.SessionId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Colleagues' browser sessions, for admins: which are open, and ending one. */
public final class SessionRoutes {

    /** The order {@code SessionRepository.listActive} documents: most recently started first. */
    private static final String ORDER = "-createdAt";

    private final UseCases useCases;

    private SessionRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    public static void register(RoutesConfig routes, UseCases useCases) {
        SessionRoutes sessions = new SessionRoutes(useCases);
        routes.get("/api/admin/colleagues/{id}/sessions", sessions::list);
        routes.delete("/api/admin/sessions/{id}", sessions::revoke);
    }

    private void list(Context ctx) {
        ColleagueId colleague = new ColleagueId(Params.pathId(ctx, "id", "colleague"));
        PageRequest page = Lists.pageRequest(ctx, ORDER);
        // An unknown colleague is a 404, not an empty list (and the check is an admin's, like the list).
        useCases.colleagueQueries().get(actor(ctx), colleague);
        Lists.respond(ctx, page, useCases.sessionQueries().listActive(actor(ctx), colleague, page), SessionResponse::from);
    }

    private void revoke(Context ctx) {
        useCases.revokeSession().execute(actor(ctx), new SessionId(Params.pathId(ctx, "id", "session")));
        Responses.noContent(ctx);
    }
}

package com.humanscrm.adapters.http.session;

import com.humanscrm.domain.shared.RecordKind;
import static com.humanscrm.adapters.http.shared.Authentication.actor;

import com.humanscrm.adapters.http.shared.Lists;
import com.humanscrm.adapters.http.shared.Params;
import com.humanscrm.adapters.http.shared.Responses;
import com.humanscrm.application.session.SessionUseCases;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.session.SessionId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Colleagues' browser sessions, for admins: which are open, and ending one. */
public final class SessionRoutes {

    /** The order {@code SessionRepository.listActive} documents: most recently started first. */
    private static final String ORDER = "-createdAt";

    private final SessionUseCases sessions;

    private SessionRoutes(SessionUseCases sessions) {
        this.sessions = sessions;
    }

    public static void register(RoutesConfig routes, SessionUseCases useCases) {
        SessionRoutes sessions = new SessionRoutes(useCases);
        routes.get("/api/admin/colleagues/{id}/sessions", sessions::list);
        routes.delete("/api/admin/sessions/{id}", sessions::revoke);
    }

    private void list(Context ctx) {
        ColleagueId colleague = new ColleagueId(Params.pathId(ctx, "id", RecordKind.COLLEAGUE));
        PageRequest page = Lists.pageRequest(ctx, ORDER);
        Lists.respond(ctx, page, sessions.queries().listActive(actor(ctx), colleague, page), SessionResponse::from);
    }

    private void revoke(Context ctx) {
        sessions.revoke().execute(actor(ctx), new SessionId(Params.pathId(ctx, "id", RecordKind.SESSION)));
        Responses.noContent(ctx);
    }
}

package com.humanscrm.adapters.http.audit;

import com.humanscrm.domain.shared.RecordKind;
import static com.humanscrm.adapters.http.shared.Authentication.actor;

import com.humanscrm.adapters.http.shared.Lists;
import com.humanscrm.adapters.http.shared.Params;
import com.humanscrm.application.audit.AuditQueries;
import com.humanscrm.application.audit.AuditQuery;
import com.humanscrm.application.shared.PageRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code /api/audit-log}: one record's history ({@code entityType} and {@code entityId}) for anyone
 * who can view records, or the whole log for admins.
 */
public final class AuditRoutes {

    /** The order {@code AuditLog.list} documents: newest first. */
    private static final String ORDER = "-occurredAt";

    private final AuditQueries audit;

    private AuditRoutes(AuditQueries audit) {
        this.audit = audit;
    }

    public static void register(RoutesConfig routes, AuditQueries useCases) {
        routes.get("/api/audit-log", new AuditRoutes(useCases)::list);
    }

    private void list(Context ctx) {
        PageRequest page = Lists.pageRequest(ctx, ORDER);
        AuditQuery query = new AuditQuery(Params.query(ctx, "entityType", kind -> RecordKind.fromWireName(kind, "entityType")),
                Params.uuid(ctx, "entityId"), page);
        Lists.respond(ctx, page, audit.list(actor(ctx), query), AuditEntryResponse::from);
    }
}

package com.humanscrm.adapters.http.colleague;

import com.humanscrm.domain.shared.RecordKind;
import static com.humanscrm.adapters.http.shared.Authentication.actor;

import com.humanscrm.adapters.http.shared.Bodies;
import com.humanscrm.adapters.http.shared.Lists;
import com.humanscrm.adapters.http.shared.Params;
import com.humanscrm.adapters.http.shared.Responses;
import com.humanscrm.adapters.http.shared.Versions;
import com.humanscrm.application.colleague.ColleagueUseCases;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.ColleagueId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code /api/admin/colleagues}: the staff who use the CRM, managed by admins. */
public final class ColleagueRoutes {

    private static final String PATH = "/api/admin/colleagues";
    /** The order {@code ColleagueRepository.list} documents: creation order. */
    private static final String ORDER = "createdAt";

    private final ColleagueUseCases colleagues;

    private ColleagueRoutes(ColleagueUseCases colleagues) {
        this.colleagues = colleagues;
    }

    public static void register(RoutesConfig routes, ColleagueUseCases useCases) {
        ColleagueRoutes colleagues = new ColleagueRoutes(useCases);
        routes.get(PATH, colleagues::list);
        routes.post(PATH, colleagues::add);
        routes.get(PATH + "/{id}", colleagues::get);
        routes.patch(PATH + "/{id}", colleagues::change);
    }

    private void list(Context ctx) {
        Boolean active = Params.bool(ctx, "isActive");
        PageRequest page = Lists.pageRequest(ctx, ORDER);
        Lists.respond(ctx, page, colleagues.queries().list(actor(ctx), active, page), ColleagueResponse::from);
    }

    private void add(Context ctx) {
        AddColleagueRequest request = Bodies.read(ctx, AddColleagueRequest.class);
        Colleague colleague = colleagues.add().execute(actor(ctx), request.toCommand());
        Responses.created(ctx, PATH + "/" + colleague.id(), ColleagueResponse.from(colleague));
    }

    private void get(Context ctx) {
        Responses.ok(ctx, ColleagueResponse.from(colleagues.queries().get(actor(ctx), colleagueId(ctx))));
    }

    private void change(Context ctx) {
        ColleagueId id = colleagueId(ctx);
        Integer expectedVersion = Versions.expected(ctx);
        ChangeColleagueRequest request = Bodies.read(ctx, ChangeColleagueRequest.class);
        Colleague colleague = colleagues.change().execute(actor(ctx), request.toCommand(id, expectedVersion));
        Responses.ok(ctx, ColleagueResponse.from(colleague));
    }

    private static ColleagueId colleagueId(Context ctx) {
        return new ColleagueId(Params.pathId(ctx, "id", RecordKind.COLLEAGUE));
    }
}

package com.humanscrm.adapters.http.geo;

import static com.humanscrm.adapters.http.shared.Authentication.actor;

import com.humanscrm.adapters.http.shared.Bodies;
import com.humanscrm.adapters.http.shared.Lists;
import com.humanscrm.adapters.http.shared.Params;
import com.humanscrm.adapters.http.shared.Responses;
import com.humanscrm.adapters.http.shared.Versions;
import com.humanscrm.application.geo.ChangeExpressionNotes;
import com.humanscrm.application.geo.DeleteExpression;
import com.humanscrm.application.geo.ExpressionListQuery;
import com.humanscrm.application.geo.ExpressionView;
import com.humanscrm.application.geo.GeoUseCases;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.geo.ExpressionId;
import com.humanscrm.domain.geo.GeoInterestId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.RecordKind;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code /api/geo-interest-expressions}: humans' interests in places, newest first. */
final class ExpressionRoutes {

    private final String path;
    private final GeoUseCases geo;

    private ExpressionRoutes(String path, GeoUseCases geo) {
        this.path = path;
        this.geo = geo;
    }

    static void register(RoutesConfig routes, String path, GeoUseCases useCases) {
        ExpressionRoutes expressions = new ExpressionRoutes(path, useCases);
        routes.get(path, expressions::list);
        routes.post(path, expressions::create);
        routes.get(path + "/{id}", expressions::get);
        routes.patch(path + "/{id}", expressions::change);
        routes.delete(path + "/{id}", expressions::delete);
    }

    private static ExpressionId expressionId(Context ctx) {
        return new ExpressionId(Params.pathId(ctx, "id", RecordKind.GEO_INTEREST_EXPRESSION));
    }

    private void list(Context ctx) {
        PageRequest page = Lists.pageRequest(ctx, ExpressionListQuery.ORDER);
        ExpressionListQuery query = new ExpressionListQuery(
                Params.query(ctx, "humanId", id -> new HumanId(Params.canonicalUuid(id)), "must be a UUID"),
                Params.query(ctx, "geoInterestId", id -> new GeoInterestId(Params.canonicalUuid(id)), "must be a UUID"),
                Params.query(ctx, "activityId", id -> new ActivityId(Params.canonicalUuid(id)), "must be a UUID"), page);
        Lists.respond(ctx, page, geo.expressions().list(actor(ctx), query), ExpressionResponse::from);
    }

    private void create(Context ctx) {
        CreateExpressionRequest request = Bodies.read(ctx, CreateExpressionRequest.class);
        ExpressionView created = geo.express().execute(actor(ctx), request.toCommand());
        Responses.created(ctx, path + "/" + created.expression().id(), ExpressionResponse.from(created));
    }

    private void get(Context ctx) {
        Responses.ok(ctx, ExpressionResponse.from(geo.expressions().get(actor(ctx), expressionId(ctx))));
    }

    private void change(Context ctx) {
        ExpressionId id = expressionId(ctx);
        Integer expectedVersion = Versions.expected(ctx);
        ChangeExpressionRequest request = Bodies.read(ctx, ChangeExpressionRequest.class);
        Responses.ok(ctx, ExpressionResponse.from(geo.changeNotes().execute(actor(ctx),
                new ChangeExpressionNotes.Command(id, expectedVersion, request.notesOrNull()))));
    }

    private void delete(Context ctx) {
        geo.deleteExpression().execute(actor(ctx), new DeleteExpression.Command(expressionId(ctx), Versions.expected(ctx)));
        Responses.noContent(ctx);
    }
}

package com.humanscrm.adapters.http.geo;

import static com.humanscrm.adapters.http.shared.Authentication.actor;

import com.humanscrm.adapters.http.shared.Bodies;
import com.humanscrm.adapters.http.shared.Lists;
import com.humanscrm.adapters.http.shared.Params;
import com.humanscrm.adapters.http.shared.Responses;
import com.humanscrm.application.geo.DeleteGeoInterest;
import com.humanscrm.application.geo.FindOrCreateGeoInterest;
import com.humanscrm.application.geo.GeoInterestListQuery;
import com.humanscrm.application.geo.GeoUseCases;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.geo.GeoInterestId;
import com.humanscrm.domain.shared.RecordKind;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code /api/geo-interests}: the places clients are interested in, and {@code /api/geo-interest-expressions}. */
public final class GeoInterestRoutes {

    static final String PATH = "/api/geo-interests";
    private static final String EXPRESSIONS = "/api/geo-interest-expressions";

    private final GeoUseCases geo;

    private GeoInterestRoutes(GeoUseCases geo) {
        this.geo = geo;
    }

    public static void register(RoutesConfig routes, GeoUseCases useCases) {
        GeoInterestRoutes geo = new GeoInterestRoutes(useCases);
        routes.get(PATH, geo::list);
        routes.post(PATH, geo::findOrCreate);
        routes.get(PATH + "/{id}", geo::get);
        routes.delete(PATH + "/{id}", geo::delete);
        ExpressionRoutes.register(routes, EXPRESSIONS, useCases);
    }

    private static GeoInterestId placeId(Context ctx) {
        return new GeoInterestId(Params.pathId(ctx, "id", RecordKind.GEO_INTEREST));
    }

    private void list(Context ctx) {
        PageRequest page = Lists.pageRequest(ctx, GeoInterestListQuery.ORDER);
        Lists.respond(ctx, page, geo.places().list(actor(ctx), new GeoInterestListQuery(Params.text(ctx, "q"), page)),
                GeoInterestResponse::from);
    }

    /** 201 with a new place; 200 with the place that exists by that city and country, however written. */
    private void findOrCreate(Context ctx) {
        FindOrCreateGeoInterestRequest request = Bodies.read(ctx, FindOrCreateGeoInterestRequest.class);
        FindOrCreateGeoInterest.Result found = geo.findOrCreate().execute(actor(ctx), request.toCommand());
        GeoInterestResponse place = GeoInterestResponse.from(found.place());
        if (found.created()) {
            Responses.created(ctx, PATH + "/" + place.id(), place);
        } else {
            Responses.ok(ctx, place);
        }
    }

    private void get(Context ctx) {
        Responses.ok(ctx, GeoInterestDetailResponse.from(geo.places().get(actor(ctx), placeId(ctx))));
    }

    private void delete(Context ctx) {
        boolean force = Boolean.TRUE.equals(Params.bool(ctx, "force"));
        geo.delete().execute(actor(ctx), new DeleteGeoInterest.Command(placeId(ctx), force));
        Responses.noContent(ctx);
    }
}

package com.humanscrm.adapters.http.flight;

import static com.humanscrm.adapters.http.shared.Authentication.actor;

import com.humanscrm.adapters.http.shared.Bodies;
import com.humanscrm.adapters.http.shared.Lists;
import com.humanscrm.adapters.http.shared.Params;
import com.humanscrm.adapters.http.shared.Responses;
import com.humanscrm.adapters.http.shared.StatusRequest;
import com.humanscrm.adapters.http.shared.Versions;
import com.humanscrm.application.flight.DeleteFlight;
import com.humanscrm.application.flight.FlightListQuery;
import com.humanscrm.application.flight.FlightSortField;
import com.humanscrm.application.flight.FlightUseCases;
import com.humanscrm.application.flight.MoveFlight;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.shared.Sort;
import com.humanscrm.domain.flight.Flight;
import com.humanscrm.domain.flight.FlightId;
import com.humanscrm.domain.flight.FlightStatus;
import com.humanscrm.domain.shared.RecordKind;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code /api/flights}: the flights pets can be booked on, and the moves through their lives. */
public final class FlightRoutes {

    static final String PATH = "/api/flights";

    private final FlightUseCases flights;

    private FlightRoutes(FlightUseCases flights) {
        this.flights = flights;
    }

    public static void register(RoutesConfig routes, FlightUseCases useCases) {
        FlightRoutes flights = new FlightRoutes(useCases);
        routes.get(PATH, flights::list);
        routes.post(PATH, flights::create);
        routes.get(PATH + "/{id}", flights::get);
        routes.patch(PATH + "/{id}", flights::change);
        routes.delete(PATH + "/{id}", flights::delete);
        routes.post(PATH + "/{id}/status", flights::move);
    }

    private static FlightId flightId(Context ctx) {
        return new FlightId(Params.pathId(ctx, "id", RecordKind.FLIGHT));
    }

    private void list(Context ctx) {
        Sort<FlightSortField> sort = Sort.parse(Params.text(ctx, "sort"), FlightSortField.class, FlightListQuery.DEFAULT_SORT);
        PageRequest page = Lists.pageRequest(ctx, sort.token());
        FlightListQuery query = new FlightListQuery(
                Params.query(ctx, "status", status -> FlightStatus.fromWireName(status, "status")),
                Params.text(ctx, "departureAirport"), Params.text(ctx, "arrivalAirport"),
                Params.moment(ctx, "dateFrom"), Params.moment(ctx, "dateTo"), sort, page);
        Lists.respond(ctx, page, flights.queries().list(actor(ctx), query), FlightResponse::from);
    }

    private void create(Context ctx) {
        CreateFlightRequest request = Bodies.read(ctx, CreateFlightRequest.class);
        Flight flight = flights.create().execute(actor(ctx), request.toCommand());
        Responses.created(ctx, PATH + "/" + flight.id(), FlightResponse.from(flight));
    }

    private void get(Context ctx) {
        Responses.ok(ctx, FlightResponse.from(flights.queries().get(actor(ctx), flightId(ctx))));
    }

    private void change(Context ctx) {
        FlightId id = flightId(ctx);
        Integer expectedVersion = Versions.expected(ctx);
        ChangeFlightRequest request = Bodies.read(ctx, ChangeFlightRequest.class);
        Responses.ok(ctx, FlightResponse.from(flights.change().execute(actor(ctx), request.toCommand(id, expectedVersion))));
    }

    private void move(Context ctx) {
        FlightId id = flightId(ctx);
        Integer expectedVersion = Versions.expected(ctx);
        StatusRequest request = Bodies.read(ctx, StatusRequest.class);
        Responses.ok(ctx, FlightResponse.from(flights.move().execute(actor(ctx),
                new MoveFlight.Command(id, expectedVersion, request.status()))));
    }

    private void delete(Context ctx) {
        flights.delete().execute(actor(ctx), new DeleteFlight.Command(flightId(ctx), Versions.expected(ctx)));
        Responses.noContent(ctx);
    }
}

package com.humanscrm.adapters.http.booking;

import static com.humanscrm.adapters.http.shared.Authentication.actor;

import com.humanscrm.adapters.http.shared.Bodies;
import com.humanscrm.adapters.http.shared.Lists;
import com.humanscrm.adapters.http.shared.Params;
import com.humanscrm.adapters.http.shared.Responses;
import com.humanscrm.adapters.http.shared.StatusRequest;
import com.humanscrm.adapters.http.shared.Versions;
import com.humanscrm.application.booking.BookingListQuery;
import com.humanscrm.application.booking.BookingUseCases;
import com.humanscrm.application.booking.MoveBooking;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.booking.Booking;
import com.humanscrm.domain.booking.BookingId;
import com.humanscrm.domain.booking.BookingStatus;
import com.humanscrm.domain.flight.FlightId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.pet.PetId;
import com.humanscrm.domain.shared.RecordKind;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code /api/bookings}: a human's pet on a flight, and the moves through its life. */
public final class BookingRoutes {

    static final String PATH = "/api/bookings";

    private final BookingUseCases bookings;

    private BookingRoutes(BookingUseCases bookings) {
        this.bookings = bookings;
    }

    public static void register(RoutesConfig routes, BookingUseCases useCases) {
        BookingRoutes bookings = new BookingRoutes(useCases);
        routes.get(PATH, bookings::list);
        routes.post(PATH, bookings::create);
        routes.get(PATH + "/{id}", bookings::get);
        routes.patch(PATH + "/{id}", bookings::change);
        routes.post(PATH + "/{id}/status", bookings::move);
    }

    private static BookingId bookingId(Context ctx) {
        return new BookingId(Params.pathId(ctx, "id", RecordKind.BOOKING));
    }

    private void list(Context ctx) {
        PageRequest page = Lists.pageRequest(ctx, BookingListQuery.ORDER);
        BookingListQuery query = new BookingListQuery(
                Params.query(ctx, "flightId", id -> new FlightId(Params.canonicalUuid(id)), "must be a UUID"),
                Params.query(ctx, "humanId", id -> new HumanId(Params.canonicalUuid(id)), "must be a UUID"),
                Params.query(ctx, "petId", id -> new PetId(Params.canonicalUuid(id)), "must be a UUID"),
                Params.query(ctx, "status", status -> BookingStatus.fromWireName(status, "status")), page);
        Lists.respond(ctx, page, bookings.queries().list(actor(ctx), query), BookingResponse::from);
    }

    private void create(Context ctx) {
        CreateBookingRequest request = Bodies.read(ctx, CreateBookingRequest.class);
        Booking booking = bookings.create().execute(actor(ctx), request.toCommand());
        Responses.created(ctx, PATH + "/" + booking.id(), BookingResponse.from(booking));
    }

    private void get(Context ctx) {
        Responses.ok(ctx, BookingResponse.from(bookings.queries().get(actor(ctx), bookingId(ctx))));
    }

    private void change(Context ctx) {
        BookingId id = bookingId(ctx);
        Integer expectedVersion = Versions.expected(ctx);
        ChangeBookingRequest request = Bodies.read(ctx, ChangeBookingRequest.class);
        Responses.ok(ctx, BookingResponse.from(bookings.change().execute(actor(ctx), request.toCommand(id, expectedVersion))));
    }

    private void move(Context ctx) {
        BookingId id = bookingId(ctx);
        Integer expectedVersion = Versions.expected(ctx);
        StatusRequest request = Bodies.read(ctx, StatusRequest.class);
        Responses.ok(ctx, BookingResponse.from(bookings.move().execute(actor(ctx),
                new MoveBooking.Command(id, expectedVersion, request.status()))));
    }
}

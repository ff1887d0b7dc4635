package com.humanscrm.adapters.persistence.flight;

import static com.humanscrm.adapters.persistence.jooq.Tables.FLIGHTS;

import com.humanscrm.adapters.persistence.jooq.tables.records.FlightsRecord;
import com.humanscrm.adapters.persistence.shared.Conflicts;
import com.humanscrm.adapters.persistence.shared.Keyset;
import com.humanscrm.adapters.persistence.shared.RowLocks;
import com.humanscrm.application.flight.FlightListQuery;
import com.humanscrm.application.flight.FlightRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.flight.Flight;
import com.humanscrm.domain.flight.FlightId;
import com.humanscrm.domain.flight.FlightStatus;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.RecordKind;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Flights, one row each; every list is a range scan of an index by departure. */
public final class JooqFlightRepository implements FlightRepository {

    private static final String CAPACITY = "flights_capacity_check";

    private final DSLContext dsl;

    public JooqFlightRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Flight> findById(FlightId id) {
        return dsl.selectFrom(FLIGHTS).where(FLIGHTS.ID.eq(id.value())).fetchOptional(JooqFlightRepository::restored);
    }

    @Override
    public Optional<Flight> findForChange(FlightId id) {
        return RowLocks.lockThenLoad(dsl, FLIGHTS.ID, id.value(), () -> findById(id));
    }

    @Override
    public void add(Flight flight) {
        dsl.insertInto(FLIGHTS).set(row(flight)).execute();
    }

    /**
     * Writes every field but the count of active bookings, which only bookings move. Fewer seats than a
     * booking committed meanwhile holds is refused by the database's check.
     */
    @Override
    public void update(Flight flight) {
        Conflicts.refuseBreaking(CAPACITY, () -> Conflicts.updateIfCurrent(dsl, row(flight), FLIGHTS.ID, FLIGHTS.VERSION,
                        RecordKind.FLIGHT, FLIGHTS.ACTIVE_BOOKINGS, FLIGHTS.CREATED_AT),
                () -> ConflictException.inUse("More pets are booked on the flight " + flight.id() + " than "
                        + flight.maxPets() + " seats; cancel bookings before lowering maxPets"));
    }

    /** The one statement that moves the count; past the seats, the database's check refuses it. */
    @Override
    public void updateSeats(Flight flight) {
        Conflicts.refuseBreaking(CAPACITY, () -> dsl.update(FLIGHTS).set(FLIGHTS.ACTIVE_BOOKINGS, flight.activeBookings())
                        .where(FLIGHTS.ID.eq(flight.id().value())).execute(),
                () -> new ConflictException(ConflictException.FLIGHT_FULL, "All " + flight.maxPets()
                        + " seats of the flight " + flight.id() + " are booked"));
    }

    @Override
    public boolean holdIfExists(FlightId id) {
        return RowLocks.holdIfExists(dsl, FLIGHTS.ID, id.value());
    }

    @Override
    public void remove(FlightId id) {
        Conflicts.refuseInUse(() -> dsl.deleteFrom(FLIGHTS).where(FLIGHTS.ID.eq(id.value())).execute(),
                "Bookings are on the flight " + id + "; a flight with bookings is cancelled, not deleted");
    }

    @Override
    public Page<Flight> list(FlightListQuery query) {
        Keyset<Flight, ?> order = Keyset.byInstant(query.sort().token(), FLIGHTS.DEPARTURE_TIME, FLIGHTS.ID,
                query.sort().descending(), Flight::departureTime, flight -> flight.id().value());
        Condition filter = filter(query);
        return order.page(dsl.selectFrom(FLIGHTS)
                        .where(filter, order.after(query.page().cursor()))
                        .orderBy(order.orderBy())
                        .limit(order.rowsToFetch(query.page()))
                        .fetch(JooqFlightRepository::restored),
                query.page(), () -> dsl.fetchCount(FLIGHTS, filter));
    }

    private static Condition filter(FlightListQuery query) {
        Condition filter = DSL.noCondition();
        if (query.status() != null) {
            filter = filter.and(FLIGHTS.STATUS.eq(query.status().wireName()));
        }
        if (query.departureAirport() != null) {
            filter = filter.and(FLIGHTS.DEPARTURE_AIRPORT.eq(query.departureAirport()));
        }
        if (query.arrivalAirport() != null) {
            filter = filter.and(FLIGHTS.ARRIVAL_AIRPORT.eq(query.arrivalAirport()));
        }
        if (query.dateFrom() != null) {
            filter = filter.and(FLIGHTS.DEPARTURE_TIME.ge(query.dateFrom()));
        }
        if (query.dateTo() != null) {
            filter = filter.and(FLIGHTS.DEPARTURE_TIME.le(query.dateTo()));
        }
        return filter;
    }

    private static Flight restored(FlightsRecord row) {
        return Flight.restore(new FlightId(row.getId()), new Flight.Fields(row.getFlightNumber(), row.getAirline(),
                        row.getDepartureAirport(), row.getArrivalAirport(), row.getDepartureTime(), row.getArrivalTime(),
                        row.getCabinClass(), row.getMaxPets()),
                FlightStatus.fromWireName(row.getStatus(), "status"), row.getActiveBookings(), row.getVersion(),
                row.getCreatedAt(), row.getUpdatedAt());
    }

    private static FlightsRecord row(Flight flight) {
        return new FlightsRecord(flight.id().value(), flight.flightNumber(), flight.airline(), flight.departureAirport(),
                flight.arrivalAirport(), flight.departureTime(), flight.arrivalTime(), flight.cabinClass().orElse(null),
                flight.maxPets(), flight.activeBookings(), flight.status().wireName(), flight.version(), flight.createdAt(),
                flight.updatedAt());
    }
}

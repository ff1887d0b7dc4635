package com.humanscrm.application.testing;

import com.humanscrm.application.flight.FlightListQuery;
import com.humanscrm.application.flight.FlightRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.flight.Flight;
import com.humanscrm.domain.flight.FlightId;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.RecordKind;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** Flights in a map, listed by departure as the database's indexes give them. */
public final class InMemoryFlightRepository implements FlightRepository {

    private final Map<FlightId, Flight> flights = new ConcurrentHashMap<>();
    private Consumer<FlightId> beforeRemoval = id -> { };

    /** Nothing to wait for in the fake: the races this lock settles are proven on PostgreSQL. */
    @Override
    public Optional<Flight> findForChange(FlightId id) {
        return findById(id);
    }

    @Override
    public Optional<Flight> findById(FlightId id) {
        return Optional.ofNullable(flights.get(id));
    }

    @Override
    public void add(Flight flight) {
        if (flights.putIfAbsent(flight.id(), flight) != null) {
            throw ConflictException.duplicate("flight " + flight.id() + " exists");
        }
    }

    @Override
    public synchronized void update(Flight flight) {
        Flight stored = flights.get(flight.id());
        if (stored == null || stored.version() != flight.version() - 1) {
            throw ConflictException.concurrentModification(RecordKind.FLIGHT, flight.id());
        }
        flights.put(flight.id(), flight);
    }

    @Override
    public void remove(FlightId id) {
        beforeRemoval.accept(id);
        flights.remove(id);
    }

    /** What the database's references do when a flight is deleted (bookings on it refuse). */
    public void onRemoval(Consumer<FlightId> references) {
        this.beforeRemoval = references;
    }

    @Override
    public synchronized void updateSeats(Flight flight) {
        Flight stored = flights.get(flight.id());
        flights.put(flight.id(), Flight.restore(stored.id(), stored.fields(), stored.status(), flight.activeBookings(),
                stored.version(), stored.createdAt(), stored.updatedAt()));
    }

    @Override
    public boolean holdIfExists(FlightId id) {
        return flights.containsKey(id);
    }

    @Override
    public Page<Flight> list(FlightListQuery query) {
        return InMemoryPages.page(flights.values().stream()
                .filter(flight -> query.status() == null || flight.status() == query.status())
                .filter(flight -> query.departureAirport() == null || flight.departureAirport().equals(query.departureAirport()))
                .filter(flight -> query.arrivalAirport() == null || flight.arrivalAirport().equals(query.arrivalAirport()))
                .filter(flight -> query.dateFrom() == null || !flight.departureTime().isBefore(query.dateFrom()))
                .filter(flight -> query.dateTo() == null || !flight.departureTime().isAfter(query.dateTo()))
                .toList(), InMemoryPages.Order.byInstant(query.sort(), Flight::departureTime, flight -> flight.id().value()),
                query.page());
    }
}

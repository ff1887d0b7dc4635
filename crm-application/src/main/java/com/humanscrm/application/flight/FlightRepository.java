package com.humanscrm.application.flight;

import com.humanscrm.application.edit.AggregateStore;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.flight.Flight;
import com.humanscrm.domain.flight.FlightId;
import java.util.Optional;

/** Flights, each with the count of its active bookings, which only the bookings' writes move. */
public interface FlightRepository extends AggregateStore<FlightId, Flight> {

    Optional<Flight> findById(FlightId id);

    void add(Flight flight);

    /** Refuses with an {@code IN_USE} conflict a flight that bookings are on. */
    void remove(FlightId id);

    /** Stores how many seats the flight's bookings hold, and nothing else of it: its version stays. */
    void updateSeats(Flight flight);

    /** Whether the flight exists; if so, it cannot be deleted until the current transaction ends. */
    boolean holdIfExists(FlightId id);

    Page<Flight> list(FlightListQuery query);
}

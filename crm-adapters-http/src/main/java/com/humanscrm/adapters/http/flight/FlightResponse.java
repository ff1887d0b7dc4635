package com.humanscrm.adapters.http.flight;

import com.humanscrm.adapters.http.shared.Versioned;
import com.humanscrm.domain.flight.Flight;
import java.time.Instant;
import java.util.UUID;

/** A flight in full, with how many of its seats active bookings hold and how many are left. */
record FlightResponse(UUID id, String flightNumber, String airline, String departureAirport, String arrivalAirport,
                      Instant departureTime, Instant arrivalTime, String cabinClass, int maxPets, int activeBookings,
                      int seatsLeft, String status, int version, Instant createdAt, Instant updatedAt) implements Versioned {

    static FlightResponse from(Flight flight) {
        return new FlightResponse(flight.id().value(), flight.flightNumber(), flight.airline(), flight.departureAirport(),
                flight.arrivalAirport(), flight.departureTime(), flight.arrivalTime(), flight.cabinClass().orElse(null),
                flight.maxPets(), flight.activeBookings(), flight.seatsLeft(), flight.status().wireName(), flight.version(),
                flight.createdAt(), flight.updatedAt());
    }
}

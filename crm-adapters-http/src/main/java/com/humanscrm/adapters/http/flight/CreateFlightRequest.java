package com.humanscrm.adapters.http.flight;

import com.humanscrm.application.flight.CreateFlight;
import java.time.Instant;

/** {@code POST /api/flights}: every value rule is the domain's, so all of them are reported together. */
record CreateFlightRequest(String flightNumber, String airline, String departureAirport, String arrivalAirport,
                           Instant departureTime, Instant arrivalTime, String cabinClass, Integer maxPets) {

    CreateFlight.Command toCommand() {
        return new CreateFlight.Command(flightNumber, airline, departureAirport, arrivalAirport, departureTime, arrivalTime,
                cabinClass, maxPets);
    }
}

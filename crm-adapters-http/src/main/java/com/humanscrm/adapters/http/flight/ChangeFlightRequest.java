package com.humanscrm.adapters.http.flight;

import com.humanscrm.application.flight.ChangeFlight;
import com.humanscrm.domain.flight.FlightId;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code PATCH /api/flights/{id}}: an absent field stays as it is, {@code null} clears it (only the cabin class
 * may be cleared). The status is not a field: it moves by {@code POST …/status}.
 */
record ChangeFlightRequest(Optional<String> flightNumber, Optional<String> airline, Optional<String> departureAirport,
                           Optional<String> arrivalAirport, Optional<Instant> departureTime, Optional<Instant> arrivalTime,
                           Optional<String> cabinClass, Optional<Integer> maxPets) {

    ChangeFlight.Command toCommand(FlightId id, Integer expectedVersion) {
        return new ChangeFlight.Command(id, expectedVersion, flightNumber, airline, departureAirport, arrivalAirport,
                departureTime, arrivalTime, cabinClass, maxPets);
    }
}

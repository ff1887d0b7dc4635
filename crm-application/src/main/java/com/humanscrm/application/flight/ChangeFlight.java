package com.humanscrm.application.flight;

import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.edit.Patched;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.flight.Flight;
import com.humanscrm.domain.flight.FlightId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Changes where and when a flight goes, or how many pets it takes; never fewer than are booked. Its status
 * moves by {@link MoveFlight} only.
 */
public final class ChangeFlight {

    private final AggregateEditor<FlightId, Flight> editor;
    private final Clock clock;

    public ChangeFlight(AggregateEditor<FlightId, Flight> editor, Clock clock) {
        this.editor = editor;
        this.clock = clock;
    }

    public Flight execute(Actor actor, Command command) {
        return editor.apply(actor, command.id(), command.expectedVersion(), flight -> {
            Flight.Fields now = flight.fields();
            return flight.change(new Flight.Fields(Patched.value(command.flightNumber(), now.flightNumber()),
                    Patched.value(command.airline(), now.airline()),
                    Patched.value(command.departureAirport(), now.departureAirport()),
                    Patched.value(command.arrivalAirport(), now.arrivalAirport()),
                    Patched.value(command.departureTime(), now.departureTime()),
                    Patched.value(command.arrivalTime(), now.arrivalTime()),
                    Patched.value(command.cabinClass(), now.cabinClass()),
                    Patched.value(command.maxPets(), now.maxPets())), clock);
        }).after();
    }

    /** {@code null} leaves a field unchanged; an empty Optional clears it, which only cabinClass allows. */
    public record Command(FlightId id, Integer expectedVersion, Optional<String> flightNumber, Optional<String> airline,
                          Optional<String> departureAirport, Optional<String> arrivalAirport,
                          Optional<Instant> departureTime, Optional<Instant> arrivalTime, Optional<String> cabinClass,
                          Optional<Integer> maxPets) {
    }
}

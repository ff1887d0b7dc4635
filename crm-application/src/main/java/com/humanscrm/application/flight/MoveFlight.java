package com.humanscrm.application.flight;

import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.flight.Flight;
import com.humanscrm.domain.flight.FlightId;
import com.humanscrm.domain.flight.FlightStatus;
import com.humanscrm.domain.shared.Checks;
import java.time.Clock;

/**
 * Moves a flight to its next state: confirmed, in transit, completed, or cancelled before it departs, which
 * cancels its bookings in the same transaction.
 */
public final class MoveFlight {

    private final FlightRepository flights;
    private final AggregateEditor<FlightId, Flight> editor;
    private final FlightCancellation cancellation;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public MoveFlight(FlightRepository flights, AggregateEditor<FlightId, Flight> editor, FlightCancellation cancellation,
                      UnitOfWork unitOfWork, Clock clock) {
        this.flights = flights;
        this.editor = editor;
        this.cancellation = cancellation;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public Flight execute(Actor actor, Command command) {
        actor.require(Permission.EDIT_RECORDS);
        FlightStatus target = FlightStatus.fromWireName(Checks.required(command.status(), "status"), "status");
        return unitOfWork.inTransaction(() -> {
            Flight moved = editor.applyWithin(actor, command.id(), command.expectedVersion(),
                    flight -> flight.moveTo(target, clock)).after();
            if (moved.status() != FlightStatus.CANCELLED) {
                return moved;
            }
            Flight released = cancellation.cancelled(actor, moved);
            flights.updateSeats(released);
            return released;
        });
    }

    /** Status is a wire name; {@code expectedVersion} (from {@code If-Match}) is checked when given. */
    public record Command(FlightId id, Integer expectedVersion, String status) {
    }
}

package com.humanscrm.application.flight;

import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.flight.Flight;
import com.humanscrm.domain.flight.FlightId;
import com.humanscrm.domain.flight.FlightStatus;
import com.humanscrm.domain.shared.Checks;
import java.time.Clock;

/** Moves a flight to its next state: confirmed, in transit, completed, or cancelled before it departs. */
public final class MoveFlight {

    private final AggregateEditor<FlightId, Flight> editor;
    private final Clock clock;

    public MoveFlight(AggregateEditor<FlightId, Flight> editor, Clock clock) {
        this.editor = editor;
        this.clock = clock;
    }

    public Flight execute(Actor actor, Command command) {
        actor.require(Permission.EDIT_RECORDS);
        FlightStatus target = FlightStatus.fromWireName(Checks.required(command.status(), "status"), "status");
        return editor.apply(actor, command.id(), command.expectedVersion(), flight -> flight.moveTo(target, clock)).after();
    }

    /** Status is a wire name; {@code expectedVersion} (from {@code If-Match}) is checked when given. */
    public record Command(FlightId id, Integer expectedVersion, String status) {
    }
}

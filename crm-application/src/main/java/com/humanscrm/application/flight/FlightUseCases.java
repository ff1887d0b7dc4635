package com.humanscrm.application.flight;

import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.shared.Essentials;
import com.humanscrm.domain.shared.RecordKind;

/** What can be done with flights. */
public record FlightUseCases(FlightQueries queries, CreateFlight create, ChangeFlight change, MoveFlight move,
                             DeleteFlight delete) {

    public static FlightUseCases over(FlightRepository flights, FlightCancellation cancellation, Essentials core) {
        var editor = new AggregateEditor<>(RecordKind.FLIGHT, flights, core.unitOfWork(), core.audit());
        return new FlightUseCases(new FlightQueries(flights),
                new CreateFlight(flights, core.unitOfWork(), core.audit(), core.clock()),
                new ChangeFlight(editor, core.clock()),
                new MoveFlight(flights, editor, cancellation, core.unitOfWork(), core.clock()),
                new DeleteFlight(flights, editor, core.unitOfWork(), core.audit()));
    }
}

package com.humanscrm.application.flight;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.flight.Flight;
import com.humanscrm.domain.flight.FlightId;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.VersionMismatchException;

/** Deletes a flight no booking is on (admins only); the audit entry keeps the whole record. */
public final class DeleteFlight {

    private final FlightRepository flights;
    private final AggregateEditor<FlightId, Flight> editor;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;

    public DeleteFlight(FlightRepository flights, AggregateEditor<FlightId, Flight> editor, UnitOfWork unitOfWork,
                        AuditTrail audit) {
        this.flights = flights;
        this.editor = editor;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
    }

    public Flight execute(Actor actor, Command command) {
        actor.require(Permission.DELETE_RECORDS);
        return unitOfWork.inTransaction(() -> {
            Flight flight = editor.load(command.id());
            VersionMismatchException.check(RecordKind.FLIGHT, command.expectedVersion(), flight.version());
            flights.remove(command.id());
            audit.deleted(actor, RecordKind.FLIGHT, command.id().value(), flight.auditSnapshot());
            return flight;
        });
    }

    public record Command(FlightId id, Integer expectedVersion) {
    }
}

package com.humanscrm.application.flight;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.flight.Flight;
import com.humanscrm.domain.shared.RecordKind;
import java.time.Clock;
import java.time.Instant;

/** Schedules a flight; every broken rule of the request is reported at once. */
public final class CreateFlight {

    private final FlightRepository flights;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;
    private final Clock clock;

    public CreateFlight(FlightRepository flights, UnitOfWork unitOfWork, AuditTrail audit, Clock clock) {
        this.flights = flights;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.clock = clock;
    }

    public Flight execute(Actor actor, Command command) {
        actor.require(Permission.EDIT_RECORDS);
        Flight flight = Flight.create(new Flight.Fields(command.flightNumber(), command.airline(), command.departureAirport(),
                command.arrivalAirport(), command.departureTime(), command.arrivalTime(), command.cabinClass(),
                command.maxPets()), clock);
        return unitOfWork.inTransaction(() -> {
            flights.add(flight);
            audit.created(actor, RecordKind.FLIGHT, flight.id().value(), flight.auditSnapshot());
            return flight;
        });
    }

    public record Command(String flightNumber, String airline, String departureAirport, String arrivalAirport,
                          Instant departureTime, Instant arrivalTime, String cabinClass, Integer maxPets) {
    }
}

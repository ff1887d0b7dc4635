package com.humanscrm.application.booking;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.flight.FlightRepository;
import com.humanscrm.application.reference.References;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.booking.Booking;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.flight.Flight;
import com.humanscrm.domain.flight.FlightId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.pet.PetId;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.Violations;
import java.time.Clock;
import java.util.UUID;

/**
 * Books a human's pet on a flight. The flight is locked first, so bookings of one flight take its seats one
 * after the other, on any number of servers: the last seat goes to exactly one of them (docs/decisions.md).
 */
public final class CreateBooking {

    private final BookingRepository bookings;
    private final FlightRepository flights;
    private final AggregateEditor<FlightId, Flight> flightEditor;
    private final References references;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;
    private final Clock clock;

    public CreateBooking(BookingRepository bookings, FlightRepository flights, AggregateEditor<FlightId, Flight> flightEditor,
                         References references, UnitOfWork unitOfWork, AuditTrail audit, Clock clock) {
        this.bookings = bookings;
        this.flights = flights;
        this.flightEditor = flightEditor;
        this.references = references;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.clock = clock;
    }

    public Booking execute(Actor actor, Command command) {
        actor.require(Permission.EDIT_RECORDS);
        return unitOfWork.inTransaction(() -> {
            Violations problems = new Violations();
            FlightId flightId = problems.check(() -> references.flight(command.flightId(), "flightId"));
            HumanId human = problems.check(() -> references.human(command.humanId(), "humanId"));
            PetId pet = problems.check(() -> references.petOf(command.petId(), human, "petId"));
            Booking booking = problems.check(() -> Booking.create(new Booking.Fields(flightId, human, pet,
                    command.priceMinor(), command.currency(), command.specialInstructions()), clock));
            problems.throwIfAny();
            Flight taken = flightEditor.load(flightId).takeSeat();
            bookings.add(booking);
            flights.updateSeats(taken);
            audit.created(actor, RecordKind.BOOKING, booking.id().value(), booking.auditSnapshot());
            return booking;
        });
    }

    /** The price in the currency's minor units (cents); the currency an ISO 4217 code. */
    public record Command(UUID flightId, UUID humanId, UUID petId, Long priceMinor, String currency,
                          String specialInstructions) {
    }
}

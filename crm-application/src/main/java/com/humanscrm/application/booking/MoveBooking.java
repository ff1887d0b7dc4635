package com.humanscrm.application.booking;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.flight.FlightRepository;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.booking.Booking;
import com.humanscrm.domain.booking.BookingId;
import com.humanscrm.domain.booking.BookingStatus;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.flight.Flight;
import com.humanscrm.domain.flight.FlightId;
import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.VersionMismatchException;
import java.time.Clock;

/**
 * Moves a booking to its next state; a cancelled one gives its seat back. The flight is locked before the
 * booking, in the order a flight's cancellation takes them, so the two never wait for each other.
 */
public final class MoveBooking {

    private final BookingRepository bookings;
    private final AggregateEditor<BookingId, Booking> editor;
    private final FlightRepository flights;
    private final AggregateEditor<FlightId, Flight> flightEditor;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;
    private final Clock clock;

    public MoveBooking(BookingRepository bookings, AggregateEditor<BookingId, Booking> editor, FlightRepository flights,
                       AggregateEditor<FlightId, Flight> flightEditor, UnitOfWork unitOfWork, AuditTrail audit, Clock clock) {
        this.bookings = bookings;
        this.editor = editor;
        this.flights = flights;
        this.flightEditor = flightEditor;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.clock = clock;
    }

    public Booking execute(Actor actor, Command command) {
        actor.require(Permission.EDIT_RECORDS);
        BookingStatus target = BookingStatus.fromWireName(Checks.required(command.status(), "status"), "status");
        return unitOfWork.inTransaction(() -> {
            Booking seen = bookings.findById(command.id()).orElseThrow(() -> NotFoundException.of(RecordKind.BOOKING,
                    command.id()));
            Flight flight = target.holdsSeat() ? null : flightEditor.load(seen.flightId());
            Booking before = editor.load(command.id());
            VersionMismatchException.check(RecordKind.BOOKING, command.expectedVersion(), before.version());
            Booking after = before.moveTo(target, clock);
            bookings.update(after);
            audit.updated(actor, RecordKind.BOOKING, after.id().value(), before.auditSnapshot(), after.auditSnapshot());
            if (flight != null) {
                flights.updateSeats(flight.releaseSeats(1));
            }
            return after;
        });
    }

    /** Status is a wire name; {@code expectedVersion} (from {@code If-Match}) is checked when given. */
    public record Command(BookingId id, Integer expectedVersion, String status) {
    }
}

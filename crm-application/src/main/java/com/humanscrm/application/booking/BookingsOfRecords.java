package com.humanscrm.application.booking;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.flight.FlightCancellation;
import com.humanscrm.application.pet.PetBookings;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.booking.Booking;
import com.humanscrm.domain.booking.BookingStatus;
import com.humanscrm.domain.flight.Flight;
import com.humanscrm.domain.pet.Pet;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.RecordKind;
import java.time.Clock;
import java.util.List;

/**
 * What happens to bookings when what they point to goes: a cancelled flight's bookings are cancelled with it,
 * and a pet leaves, or goes to another human, only when none of its bookings holds a seat (when it leaves, its
 * cancelled ones go with it). Each booking
 * changed or removed is audited, in the caller's transaction.
 */
public final class BookingsOfRecords implements FlightCancellation, PetBookings {

    private final BookingRepository bookings;
    private final AuditTrail audit;
    private final Clock clock;

    public BookingsOfRecords(BookingRepository bookings, AuditTrail audit, Clock clock) {
        this.bookings = bookings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Flight cancelled(Actor actor, Flight flight) {
        List<Booking> holding = bookings.holdingSeatsOnForChange(flight.id());
        for (Booking before : holding) {
            Booking after = before.moveTo(BookingStatus.CANCELLED, clock);
            bookings.update(after);
            audit.updated(actor, RecordKind.BOOKING, after.id().value(), before.auditSnapshot(), after.auditSnapshot());
        }
        return flight.releaseSeats(holding.size());
    }

    @Override
    public void changingOwner(Pet pet) {
        if (bookings.holdsSeat(pet.id())) {
            throw ConflictException.inUse("The pet " + pet.id() + " is booked on a flight in its human's name; cancel"
                    + " its bookings before giving it to another human");
        }
    }

    @Override
    public void leaving(Actor actor, Pet pet) {
        if (bookings.holdsSeat(pet.id())) {
            throw ConflictException.inUse("The pet " + pet.id() + " is booked on a flight; cancel its bookings first");
        }
        bookings.removeAllOf(pet.id()).forEach(booking ->
                audit.deleted(actor, RecordKind.BOOKING, booking.id().value(), booking.auditSnapshot()));
    }
}

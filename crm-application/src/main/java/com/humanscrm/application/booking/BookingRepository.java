package com.humanscrm.application.booking;

import com.humanscrm.application.edit.AggregateStore;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.booking.Booking;
import com.humanscrm.domain.booking.BookingId;
import com.humanscrm.domain.flight.FlightId;
import com.humanscrm.domain.pet.PetId;
import java.util.List;
import java.util.Optional;

/** Bookings, each stored and loaded whole. */
public interface BookingRepository extends AggregateStore<BookingId, Booking> {

    Optional<Booking> findById(BookingId id);

    /** Refuses with a {@code DUPLICATE} conflict a second booking holding a seat for the same pet on the same flight. */
    void add(Booking booking);

    /** The bookings holding a seat on the flight, held for a change like {@link #findForChange}. */
    List<Booking> holdingSeatsOnForChange(FlightId flight);

    /** Whether a booking of the pet holds a seat on any flight. */
    boolean holdsSeat(PetId pet);

    /** Removes the pet's bookings (none holding a seat: see {@link #holdsSeat}); answers what it removed. */
    List<Booking> removeAllOf(PetId pet);

    /** Whether the booking exists; if so, it cannot be deleted until the current transaction ends. */
    boolean holdIfExists(BookingId id);

    Page<Booking> list(BookingListQuery query);
}

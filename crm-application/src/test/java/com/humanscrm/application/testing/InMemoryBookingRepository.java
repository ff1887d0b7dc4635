package com.humanscrm.application.testing;

import com.humanscrm.application.booking.BookingListQuery;
import com.humanscrm.application.booking.BookingRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.booking.Booking;
import com.humanscrm.domain.booking.BookingId;
import com.humanscrm.domain.flight.FlightId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.pet.PetId;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.RecordKind;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Bookings in a map, newest first; one seat per pet and flight, as the database's unique index keeps it. */
public final class InMemoryBookingRepository implements BookingRepository {

    private final Map<BookingId, Booking> bookings = new ConcurrentHashMap<>();

    /** Nothing to wait for in the fake: the races this lock settles are proven on PostgreSQL. */
    @Override
    public Optional<Booking> findForChange(BookingId id) {
        return findById(id);
    }

    @Override
    public Optional<Booking> findById(BookingId id) {
        return Optional.ofNullable(bookings.get(id));
    }

    @Override
    public synchronized void add(Booking booking) {
        if (bookings.values().stream().anyMatch(other -> other.status().holdsSeat() && other.flightId().equals(booking.flightId())
                && other.petId().equals(booking.petId()))) {
            throw ConflictException.duplicate("The pet " + booking.petId() + " is booked on the flight already");
        }
        bookings.put(booking.id(), booking);
    }

    @Override
    public synchronized void update(Booking booking) {
        Booking stored = bookings.get(booking.id());
        if (stored == null || stored.version() != booking.version() - 1) {
            throw ConflictException.concurrentModification(RecordKind.BOOKING, booking.id());
        }
        bookings.put(booking.id(), booking);
    }

    @Override
    public List<Booking> holdingSeatsOnForChange(FlightId flight) {
        return bookings.values().stream().filter(booking -> booking.flightId().equals(flight) && booking.status().holdsSeat())
                .sorted(Comparator.comparing(booking -> booking.id().value())).toList();
    }

    @Override
    public boolean holdsSeat(PetId pet) {
        return bookings.values().stream().anyMatch(booking -> booking.petId().equals(pet) && booking.status().holdsSeat());
    }

    @Override
    public synchronized List<Booking> removeAllOf(PetId pet) {
        List<Booking> removed = bookings.values().stream().filter(booking -> booking.petId().equals(pet)).toList();
        removed.forEach(booking -> bookings.remove(booking.id()));
        return removed;
    }

    @Override
    public boolean holdIfExists(BookingId id) {
        return bookings.containsKey(id);
    }

    /** Whether a booking is on this flight, as the database's reference to it would know. */
    public boolean mentions(FlightId flight) {
        return bookings.values().stream().anyMatch(booking -> booking.flightId().equals(flight));
    }

    /** Whether a booking is in this human's name. */
    public boolean mentions(HumanId human) {
        return bookings.values().stream().anyMatch(booking -> booking.humanId().equals(human));
    }

    @Override
    public Page<Booking> list(BookingListQuery query) {
        return InMemoryPages.page(bookings.values().stream()
                .filter(booking -> query.flightId() == null || booking.flightId().equals(query.flightId()))
                .filter(booking -> query.humanId() == null || booking.humanId().equals(query.humanId()))
                .filter(booking -> query.petId() == null || booking.petId().equals(query.petId()))
                .filter(booking -> query.status() == null || booking.status() == query.status())
                .toList(), new InMemoryPages.Order<>(BookingListQuery.ORDER, true, Booking::createdAt,
                java.time.Instant::toString, java.time.Instant::parse, booking -> booking.id().value()), query.page());
    }
}

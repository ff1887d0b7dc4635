package com.humanscrm.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.booking.BookingListQuery;
import com.humanscrm.application.booking.BookingRepository;
import com.humanscrm.application.flight.FlightRepository;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.pet.PetRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.HumanDrafts;
import com.humanscrm.application.testing.Refusals;
import com.humanscrm.domain.booking.Booking;
import com.humanscrm.domain.booking.BookingId;
import com.humanscrm.domain.booking.BookingStatus;
import com.humanscrm.domain.flight.Flight;
import com.humanscrm.domain.flight.FlightId;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.pet.Pet;
import com.humanscrm.domain.pet.PetId;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BookingRepository} must do, and what the flights' and pets' stores do about the seats and
 * the references: the in-memory fake and the jOOQ adapter both run these. Each test books on flights of its own.
 */
public abstract class BookingRepositoryContract extends RepositoryContract {

    private static final Instant DEPARTS = Instant.parse("2027-06-01T08:00:00Z");

    protected abstract BookingRepository bookings();

    protected abstract FlightRepository flights();

    protected abstract PetRepository pets();

    protected abstract HumanRepository humans();

    @Test
    public void aStoredBookingReadsBackWithEveryFieldAndMoves() {
        Booking booking = add(aFlight(), aPet(aHuman()));
        Booking confirmed = booking.moveTo(BookingStatus.CONFIRMED, clock);

        assertSame(bookings().findById(booking.id()).orElseThrow(), booking);
        assertThat(inTransaction(() -> bookings().holdIfExists(booking.id()))).isTrue();
        inTransaction(() -> bookings().update(confirmed));
        assertSame(inTransaction(() -> bookings().findForChange(booking.id())).orElseThrow(), confirmed);
        Refusals.refusal(ConflictException.class, ConflictException.CONCURRENT_MODIFICATION,
                () -> inTransaction(() -> bookings().update(booking.moveTo(BookingStatus.CANCELLED, clock))));
        BookingId unknown = new BookingId(Ids.newId(clock));
        assertThat(bookings().findById(unknown)).isEmpty();
        assertThat(inTransaction(() -> bookings().holdIfExists(unknown))).isFalse();
    }

    @Test
    public void aPetHoldsOneSeatOnAFlightAndACancelledBookingNone() {
        FlightId flight = aFlight();
        HumanId human = aHuman();
        PetId pet = aPet(human);
        Booking first = add(flight, pet);

        Refusals.refusal(ConflictException.class, ConflictException.DUPLICATE, () -> add(flight, pet));
        assertThat(bookings().holdsSeat(pet)).isTrue();
        inTransaction(() -> bookings().update(first.moveTo(BookingStatus.CANCELLED, clock)));
        assertThat(bookings().holdsSeat(pet)).isFalse();
        Booking again = add(flight, pet);

        assertThat(inTransaction(() -> bookings().holdingSeatsOnForChange(flight))).extracting(Booking::id)
                .containsExactly(again.id());
    }

    @Test
    public void aPetsBookingsGoWithItAndThenThePetCanGo() {
        HumanId human = aHuman();
        PetId pet = aPet(human);
        Booking booking = add(aFlight(), pet);
        inTransaction(() -> bookings().update(booking.moveTo(BookingStatus.CANCELLED, clock)));

        assertThat(inTransaction(() -> bookings().removeAllOf(pet))).extracting(Booking::id).containsExactly(booking.id());
        inTransaction(() -> pets().remove(pet));

        assertThat(bookings().findById(booking.id())).isEmpty();
        assertThat(pets().ownerHeld(pet)).isEmpty();
    }

    @Test
    public void aFlightBookingsAreOnCannotBeRemovedAndItsSeatsAreStoredWithoutANewVersion() {
        Flight flight = Flight.create(new Flight.Fields("AF1", "Air France", "CDG", "LIS", DEPARTS, DEPARTS.plusSeconds(60),
                null, 2), clock);
        inTransaction(() -> flights().add(flight));
        add(flight.id(), aPet(aHuman()));

        inTransaction(() -> flights().updateSeats(flight.takeSeat()));

        Flight stored = flights().findById(flight.id()).orElseThrow();
        assertThat(stored.activeBookings()).isEqualTo(1);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(inTransaction(() -> flights().holdIfExists(flight.id()))).isTrue();
        Refusals.refusal(ConflictException.class, ConflictException.IN_USE,
                () -> inTransaction(() -> flights().remove(flight.id())));
    }

    @Test
    public void aPetsOwnerIsHeldAndEveryFilterNarrowsTheListNewestFirst() {
        HumanId human = aHuman();
        PetId rex = aPet(human);
        PetId ada = aPet(human);
        FlightId one = aFlight();
        FlightId two = aFlight();
        List<Booking> booked = new ArrayList<>(List.of(add(one, rex), add(one, ada), add(two, rex)));
        inTransaction(() -> bookings().update(booked.get(1).moveTo(BookingStatus.CONFIRMED, clock)));

        assertThat(inTransaction(() -> pets().ownerHeld(rex))).contains(human);
        assertThat(list(one, null, null, null)).containsExactly(booked.get(1).id(), booked.get(0).id());
        assertThat(list(null, human, null, null)).containsExactly(booked.get(2).id(), booked.get(1).id(), booked.get(0).id());
        assertThat(list(null, null, rex, null)).containsExactly(booked.get(2).id(), booked.get(0).id());
        assertThat(list(null, human, null, BookingStatus.CONFIRMED)).containsExactly(booked.get(1).id());
        Page<Booking> first = bookings().list(new BookingListQuery(null, human, null, null, new PageRequest(2, null, true)));
        assertThat(first.total()).isEqualTo(3);
        assertThat(bookings().list(new BookingListQuery(null, human, null, null, new PageRequest(2, first.nextCursor(), false)))
                .items()).extracting(Booking::id).containsExactly(booked.get(0).id());
    }

    private List<BookingId> list(FlightId flight, HumanId human, PetId pet, BookingStatus status) {
        return bookings().list(new BookingListQuery(flight, human, pet, status, PageRequest.first(50))).items().stream()
                .map(Booking::id).toList();
    }

    private static void assertSame(Booking actual, Booking expected) {
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
    }

    private Booking add(FlightId flight, PetId pet) {
        HumanId owner = pets().findById(pet).orElseThrow().humanId();
        Booking booking = Booking.create(new Booking.Fields(flight, owner, pet, 12_500L, "EUR", "Window"), clock);
        inTransaction(() -> bookings().add(booking));
        return booking;
    }

    private FlightId aFlight() {
        Flight flight = Flight.create(new Flight.Fields("AF1", "Air France", "CDG", "LIS", DEPARTS, DEPARTS.plusSeconds(60),
                null, 9), clock);
        inTransaction(() -> flights().add(flight));
        return flight.id();
    }

    private PetId aPet(HumanId human) {
        Pet pet = Pet.create(new Pet.Fields(human, "Rex", null, null, null, null, true), clock);
        inTransaction(() -> pets().add(pet));
        return pet.id();
    }

    private HumanId aHuman() {
        Human human = Human.create(HumanDrafts.draft("Book " + token, null, "Owner", null, Set.of(HumanType.CLIENT),
                List.of(HumanDrafts.email(uniqueEmail(letters(6)), null, true)), List.of()), clock);
        inTransaction(() -> humans().add(human));
        return human.id();
    }
}

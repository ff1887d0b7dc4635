package com.humanscrm.adapters.persistence.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.application.Limits;
import com.humanscrm.application.Ports;
import com.humanscrm.application.UseCases;
import com.humanscrm.application.booking.CreateBooking;
import com.humanscrm.application.booking.MoveBooking;
import com.humanscrm.application.contact.ContactInput;
import com.humanscrm.application.flight.ChangeFlight;
import com.humanscrm.application.flight.CreateFlight;
import com.humanscrm.application.human.CreateHuman;
import com.humanscrm.application.pet.ChangePet;
import com.humanscrm.application.pet.CreatePet;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.testing.FakeIdentityProvider;
import com.humanscrm.application.testing.InMemoryBlobStore;
import com.humanscrm.application.testing.InMemoryCrm;
import com.humanscrm.application.testing.MagicNumberDetector;
import com.humanscrm.domain.booking.Booking;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.flight.Flight;
import com.humanscrm.domain.flight.FlightId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.pet.PetId;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A flight never holds more active bookings than its seats, however the requests race, on PostgreSQL: the
 * flight's row is locked by every booking before it takes a seat, and a check constraint has the last word.
 */
class BookingCapacityRaceTest {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    private static final Instant DEPARTS = Instant.parse("2027-06-01T08:00:00Z");
    private final Actor agent = Actor.operator();
    private UseCases useCases;
    private HumanId grace;

    @BeforeEach
    void wire() {
        Clock clock = Clock.systemUTC();
        useCases = UseCases.over(new Ports(database.persistence(), new InMemoryBlobStore(clock), new MagicNumberDetector(),
                new FakeIdentityProvider(), clock), Limits.defaults(), InMemoryCrm.SIGN_IN_POLICY);
        grace = useCases.humans().create().execute(agent, new CreateHuman.Command("Grace", null, "Hopper", null,
                List.of("client"), List.of(new ContactInput<>(() -> new EmailAddress(UUID.randomUUID() + "@race.test"),
                        null, false)), List.of())).id();
    }

    @Test
    void twentyBookingsForThreeSeatsLeftGiveExactlyThreeOfThem() throws Exception {
        FlightId flight = flight(5);
        book(flight, pet("First"));
        book(flight, pet("Second"));
        List<PetId> pets = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pets.add(pet("Racer " + i));
        }

        List<Object> outcomes = race(pets.stream().<Callable<Object>>map(pet -> () -> book(flight, pet)).toList());

        assertThat(outcomes).filteredOn(Booking.class::isInstance).hasSize(3);
        assertThat(outcomes).filteredOn(outcome -> !(outcome instanceof Booking))
                .allMatch(outcome -> outcome instanceof ConflictException refusal
                        && refusal.code().equals(ConflictException.FLIGHT_FULL));
        assertSeatsAreTheBookings(flight, 5);
    }

    /** A booking, a lowering of the seats and a cancellation at once: whatever wins, the count is the bookings'. */
    @RepeatedTest(5)
    void aBookingRacesALoweringOfTheSeatsAndACancellation() throws Exception {
        FlightId flight = flight(3);
        Booking first = book(flight, pet("First"));
        book(flight, pet("Second"));
        PetId third = pet("Third");

        List<Object> outcomes = race(List.of(
                () -> book(flight, third),
                () -> useCases.flights().change().execute(agent, new ChangeFlight.Command(flight, null, null, null, null,
                        null, null, null, null, Optional.of(2))),
                () -> useCases.bookings().move().execute(agent, new MoveBooking.Command(first.id(), null, "cancelled"))));

        assertThat(outcomes.get(2)).isInstanceOf(Booking.class);
        Flight after = useCases.flights().queries().get(agent, flight);
        assertThat(after.activeBookings()).isLessThanOrEqualTo(after.maxPets());
        assertSeatsAreTheBookings(flight, after.activeBookings());
        assertThat(outcomes).filteredOn(outcome -> outcome instanceof RuntimeException)
                .allMatch(outcome -> outcome instanceof ConflictException);
    }

    /** A pet booked for one human and given to another at once: exactly one of the two happens. */
    @RepeatedTest(5)
    void aBookingRacesTheGivingOfItsPetToAnotherHuman() throws Exception {
        FlightId flight = flight(3);
        PetId pet = pet("Traveller");
        HumanId alan = useCases.humans().create().execute(agent, new CreateHuman.Command("Alan", null, "Turing", null,
                List.of("client"), List.of(new ContactInput<>(() -> new EmailAddress(UUID.randomUUID() + "@race.test"),
                        null, false)), List.of())).id();

        List<Object> outcomes = race(List.of(
                () -> book(flight, pet),
                () -> useCases.pets().change().execute(agent, new ChangePet.Command(pet, null, Optional.of(alan.value()), null,
                        null, null, null, null, null))));

        assertThat(outcomes).filteredOn(outcome -> !(outcome instanceof RuntimeException)).hasSize(1);
        assertThat(outcomes).filteredOn(RuntimeException.class::isInstance)
                .allMatch(outcome -> outcome instanceof ConflictException || outcome instanceof RuleViolationException);
        HumanId owner = useCases.pets().queries().get(agent, pet).humanId();
        if (outcomes.getFirst() instanceof Booking booking) {
            assertThat(owner).isEqualTo(booking.humanId()).isEqualTo(grace);
        } else {
            assertThat(owner).isEqualTo(alan);
            assertSeatsAreTheBookings(flight, 0);
        }
    }

    private void assertSeatsAreTheBookings(FlightId flight, int expected) {
        long holding = database.persistence().bookings().list(new com.humanscrm.application.booking.BookingListQuery(flight,
                        null, null, null, com.humanscrm.application.shared.PageRequest.first(200))).items().stream()
                .filter(booking -> booking.status().holdsSeat()).count();
        assertThat(useCases.flights().queries().get(agent, flight).activeBookings()).isEqualTo(expected).isEqualTo((int) holding);
    }

    /** Runs every call at once on threads of their own; answers each one's result, or what it threw. */
    private static List<Object> race(List<Callable<Object>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(calls.size())) {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> call : calls) {
                futures.add(threads.submit(() -> {
                    start.await();
                    try {
                        return call.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        }
    }

    private Booking book(FlightId flight, PetId pet) {
        return useCases.bookings().create().execute(agent, new CreateBooking.Command(flight.value(), grace.value(), pet.value(),
                10_000L, "EUR", null));
    }

    private FlightId flight(int seats) {
        return useCases.flights().create().execute(agent, new CreateFlight.Command("AF1234", "Air France", "CDG", "LIS",
                DEPARTS, DEPARTS.plusSeconds(9000), null, seats)).id();
    }

    private PetId pet(String name) {
        return useCases.pets().create().execute(agent, new CreatePet.Command(grace.value(), name, null, null, null, null,
                true)).id();
    }
}

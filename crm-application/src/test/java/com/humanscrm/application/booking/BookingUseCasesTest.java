package com.humanscrm.application.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.humanscrm.application.contact.ContactInput;
import com.humanscrm.application.document.UploadDocument;
import com.humanscrm.application.flight.ChangeFlight;
import com.humanscrm.application.flight.CreateFlight;
import com.humanscrm.application.flight.DeleteFlight;
import com.humanscrm.application.flight.MoveFlight;
import com.humanscrm.application.human.CreateHuman;
import com.humanscrm.application.human.DeleteHuman;
import com.humanscrm.application.pet.CreatePet;
import com.humanscrm.application.pet.DeletePet;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.GivenFile;
import com.humanscrm.application.testing.Observed;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.audit.FieldChange;
import com.humanscrm.domain.booking.Booking;
import com.humanscrm.domain.booking.BookingStatus;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.document.RecordRef;
import com.humanscrm.domain.flight.Flight;
import com.humanscrm.domain.flight.FlightId;
import com.humanscrm.domain.flight.FlightStatus;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.pet.PetId;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.VersionMismatchException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BookingUseCasesTest extends UseCaseTest {

    private static final Instant DEPARTS = Instant.parse("2026-06-01T08:00:00Z");
    private final BookingUseCases bookings = useCases.bookings();
    private final HumanId grace = aHuman("grace@example.test");
    private final PetId rex = aPet(grace, "Rex");
    private final FlightId paris = aFlight(2);

    @Test
    void anAgentBooksAPetOnAFlightAndItTakesASeatInOneAuditedTransaction() {
        Observed<Booking> created = observe(() -> book(rex));

        Booking booking = created.result();
        assertThat(booking.status()).isEqualTo(BookingStatus.PENDING);
        assertThat(booking.priceMinor()).isEqualTo(12_500L);
        assertThat(bookings.queries().get(viewer, booking.id())).usingRecursiveComparison().isEqualTo(booking);
        assertThat(flight().activeBookings()).isEqualTo(1);
        assertThat(flight().version()).as("seats are not the flight's own fields").isEqualTo(1);
        assertThat(created.transactions()).isEqualTo(1);
        assertAudit(created.onlyAuditEntry(), AuditAction.CREATE, RecordKind.BOOKING, booking.id().value(), agent);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceAndAPetOfAnotherHumanIsRefused() {
        Map<String, List<String>> problems = refusedOnFields(() -> bookings.create().execute(agent, new CreateBooking.Command(
                Ids.newId(crm.clock), Ids.newId(crm.clock), Ids.newId(crm.clock), -1L, "EURO", null)),
                "flightId", "humanId", "petId", "priceMinor", "currency");
        PetId alansDog = aPet(aHuman("alan@example.test"), "Bolt");

        assertThat(problems.get("flightId")).containsExactly("no flight with this id");
        assertThat(refusedOnFields(() -> bookings.create().execute(agent, command(paris, grace, alansDog)), "petId"))
                .containsEntry("petId", List.of("is not a pet of the human humanId names"));
        assertThat(flight().activeBookings()).isZero();
    }

    @Test
    void aFullFlightAndOneThatIsNoLongerBookableAreConflictsAndTakeNoSeat() {
        book(rex);
        book(aPet(grace, "Ada"));

        PetId max = aPet(grace, "Max");
        refused(ConflictException.class, "FLIGHT_FULL", () -> book(max));
        FlightId gone = aFlight(3);
        useCases.flights().move().execute(agent, new MoveFlight.Command(gone, null, "cancelled"));
        refused(ConflictException.class, "FLIGHT_NOT_BOOKABLE", () -> bookings.create().execute(agent, command(gone, grace, rex)));
        assertThat(flight().activeBookings()).isEqualTo(2);
    }

    @Test
    void aPetHoldsOneSeatOnAFlightUntilItsBookingIsCancelled() {
        Booking first = book(rex);

        refused(ConflictException.class, "DUPLICATE", () -> book(rex));
        bookings.move().execute(agent, new MoveBooking.Command(first.id(), 1, "cancelled"));
        assertThat(flight().activeBookings()).isZero();
        assertThat(book(rex).status()).isEqualTo(BookingStatus.PENDING);
    }

    @Test
    void aViewerReadsButNeitherBooksChangesNorMoves() {
        Booking booking = book(rex);

        forbidden(() -> bookings.create().execute(viewer, command(paris, grace, rex)));
        forbidden(() -> bookings.change().execute(viewer, new ChangeBooking.Command(booking.id(), null, Optional.of(1L), null,
                null)));
        forbidden(() -> bookings.move().execute(viewer, new MoveBooking.Command(booking.id(), null, "confirmed")));
        assertThat(bookings.queries().list(viewer, new BookingListQuery(paris, null, null, null, PageRequest.first(10)))
                .items()).extracting(Booking::id).containsExactly(booking.id());
    }

    @Test
    void aBookingMovesForwardAndACancelledOneGivesItsSeatBack() {
        Booking booking = book(rex);

        Observed<Booking> confirmed = observe(() -> bookings.move().execute(agent, new MoveBooking.Command(booking.id(), 1,
                "confirmed")));
        refused(ConflictException.class, "ILLEGAL_TRANSITION",
                () -> bookings.move().execute(agent, new MoveBooking.Command(booking.id(), null, "pending")));
        refused(VersionMismatchException.class, "VERSION_MISMATCH",
                () -> bookings.move().execute(agent, new MoveBooking.Command(booking.id(), 1, "checked_in")));
        refusedOnFields(() -> bookings.move().execute(agent, new MoveBooking.Command(booking.id(), null, "boarded")), "status");
        bookings.move().execute(agent, new MoveBooking.Command(booking.id(), 2, "checked_in"));
        bookings.move().execute(agent, new MoveBooking.Command(booking.id(), 3, "cancelled"));

        assertThat(confirmed.onlyAuditEntry().changes()).containsOnly(Map.entry("status",
                new FieldChange("pending", "confirmed")));
        assertThat(flight().activeBookings()).isZero();
        refused(ConflictException.class, "ILLEGAL_TRANSITION",
                () -> bookings.move().execute(agent, new MoveBooking.Command(booking.id(), null, "cancelled")));
    }

    @Test
    void aChangeTouchesThePriceAndInstructionsOnly() {
        Booking booking = book(rex);

        Booking changed = bookings.change().execute(agent, new ChangeBooking.Command(booking.id(), 1, Optional.of(9_900L),
                Optional.of("usd"), Optional.of("Aisle")));

        assertThat(changed.priceMinor()).isEqualTo(9_900L);
        assertThat(changed.currency()).isEqualTo("USD");
        assertThat(changed.petId()).isEqualTo(rex);
        refusedOnFields(() -> bookings.change().execute(agent, new ChangeBooking.Command(booking.id(), null, Optional.empty(),
                Optional.of("ZZZ"), null)), "priceMinor", "currency");
    }

    @Test
    void cancellingAFlightCancelsItsBookingsEachAuditedAndGivesTheSeatsBack() {
        Booking first = book(rex);
        Booking second = book(aPet(grace, "Ada"));
        bookings.move().execute(agent, new MoveBooking.Command(second.id(), 1, "cancelled"));
        Booking third = book(aPet(grace, "Max"));

        Observed<Flight> cancelled = observe(() -> useCases.flights().move().execute(agent, new MoveFlight.Command(paris, 1,
                "cancelled")));

        assertThat(cancelled.transactions()).isEqualTo(1);
        assertThat(cancelled.result().activeBookings()).isZero();
        assertThat(flight().seatsLeft()).isEqualTo(2);
        assertThat(cancelled.auditEntries()).extracting(AuditEntry::entityType, AuditEntry::entityId)
                .containsExactlyInAnyOrder(tuple(RecordKind.FLIGHT, paris.value()), tuple(RecordKind.BOOKING, first.id().value()),
                        tuple(RecordKind.BOOKING, third.id().value()));
        assertThat(bookings.queries().get(viewer, first.id()).status()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void fewerSeatsThanAreBookedIsAConflict() {
        book(rex);
        book(aPet(grace, "Ada"));

        refused(ConflictException.class, "IN_USE", () -> useCases.flights().change().execute(agent, new ChangeFlight.Command(
                paris, null, null, null, null, null, null, null, null, Optional.of(1))));
    }

    @Test
    void aBookedPetOrFlightStaysAndACancelledBookingGoesWithItsPet() {
        Booking booking = book(rex);

        refused(ConflictException.class, "IN_USE", () -> useCases.pets().delete().execute(agent, new DeletePet.Command(rex, null)));
        refused(ConflictException.class, "IN_USE",
                () -> useCases.humans().delete().execute(admin, new DeleteHuman.Command(grace, null)));
        refused(ConflictException.class, "IN_USE",
                () -> useCases.flights().delete().execute(admin, new DeleteFlight.Command(paris, null)));
        bookings.move().execute(agent, new MoveBooking.Command(booking.id(), 1, "cancelled"));

        Observed<?> deleted = observe(() -> useCases.humans().delete().execute(admin, new DeleteHuman.Command(grace, null)));

        assertThat(deleted.auditEntries()).extracting(AuditEntry::entityType).containsExactlyInAnyOrder(RecordKind.HUMAN,
                RecordKind.PET, RecordKind.BOOKING);
        assertThat(crm.bookings.findById(booking.id())).isEmpty();
    }

    @Test
    void aBookedPetGoesToAnotherHumanOnlyOnceItsBookingIsCancelled() {
        Booking booking = book(rex);
        HumanId alan = aHuman("alan@example.test");
        var giveToAlan = new com.humanscrm.application.pet.ChangePet.Command(rex, null, Optional.of(alan.value()), null,
                null, null, null, null, null);

        refused(ConflictException.class, "IN_USE", () -> useCases.pets().change().execute(agent, giveToAlan));
        bookings.move().execute(agent, new MoveBooking.Command(booking.id(), 1, "cancelled"));

        assertThat(useCases.pets().change().execute(agent, giveToAlan).humanId()).isEqualTo(alan);
    }

    @Test
    void aBookingHoldsDocuments() {
        Booking booking = book(rex);
        GivenFile file = new GivenFile(new RecordRef(RecordKind.BOOKING, booking.id().value()), "ticket.pdf",
                new ByteArrayInputStream("%PDF-1.7 ticket".getBytes(StandardCharsets.US_ASCII)), -1, () -> { });

        var uploaded = useCases.documents().upload().execute(agent, new UploadDocument.Command(file, null, "/api/documents"));

        assertThat(((UploadDocument.Uploaded) uploaded).document().attachedTo())
                .isEqualTo(new RecordRef(RecordKind.BOOKING, booking.id().value()));
    }

    private Flight flight() {
        return useCases.flights().queries().get(viewer, paris);
    }

    private Booking book(PetId pet) {
        return bookings.create().execute(agent, command(paris, grace, pet));
    }

    private static CreateBooking.Command command(FlightId flight, HumanId human, PetId pet) {
        return new CreateBooking.Command(flight.value(), human.value(), pet.value(), 12_500L, "EUR", "Window");
    }

    private FlightId aFlight(int seats) {
        return useCases.flights().create().execute(agent, new CreateFlight.Command("AF1234", "Air France", "CDG", "LIS",
                DEPARTS, DEPARTS.plusSeconds(9000), null, seats)).id();
    }

    private PetId aPet(HumanId human, String name) {
        return useCases.pets().create().execute(agent, new CreatePet.Command(human.value(), name, null, null, null, null,
                true)).id();
    }

    private HumanId aHuman(String email) {
        return useCases.humans().create().execute(agent, new CreateHuman.Command("Grace", null, "Hopper", null,
                List.of("client"), List.of(new ContactInput<>(() -> new EmailAddress(email), null, false)), List.of())).id();
    }
}

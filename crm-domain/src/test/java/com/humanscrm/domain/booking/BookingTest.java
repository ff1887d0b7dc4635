package com.humanscrm.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.Refusals;
import com.humanscrm.domain.flight.FlightId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.pet.PetId;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.RuleViolationException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class BookingTest {

    private static final FlightId FLIGHT = new FlightId(UUID.randomUUID());
    private static final HumanId GRACE = new HumanId(UUID.randomUUID());
    private static final PetId REX = new PetId(UUID.randomUUID());

    private static Booking.Fields rexOnTheFlight(Long price, String currency) {
        return new Booking.Fields(FLIGHT, GRACE, REX, price, currency, " Window seat ");
    }

    @Test
    void aNewBookingIsPendingAtItsPriceInMinorUnits() {
        Booking booking = Booking.create(rexOnTheFlight(125_00L, "eur"), Clocks.t0());

        assertThat(booking.status()).isEqualTo(BookingStatus.PENDING);
        assertThat(booking.priceMinor()).isEqualTo(12_500L);
        assertThat(booking.currency()).isEqualTo("EUR");
        assertThat(booking.specialInstructions()).contains("Window seat");
        assertThat(booking.auditSnapshot()).containsEntry("priceMinor", 12_500L).containsEntry("status", "pending")
                .containsEntry("petId", REX.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"EURO", "ZZZ", "", "E1R"})
    void aCurrencyIsAnIso4217Code(String code) {
        assertThat(Refusals.fieldError(() -> Booking.create(rexOnTheFlight(100L, code), Clocks.t0()), "currency")).hasSize(1);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        RuleViolationException refusal = catchThrowableOfType(RuleViolationException.class, () -> Booking.create(
                new Booking.Fields(null, null, null, -1L, "XX", "x".repeat(2_001)), Clocks.t0()));

        assertThat(refusal.fieldErrors()).containsOnlyKeys("flightId", "humanId", "petId", "priceMinor", "currency",
                "specialInstructions");
        assertThat(Refusals.fieldError(() -> Booking.create(rexOnTheFlight(null, "USD"), Clocks.t0()), "priceMinor"))
                .containsExactly("is required");
        assertThat(Booking.create(rexOnTheFlight(0L, "USD"), Clocks.t0()).priceMinor()).isZero();
    }

    @Test
    void aChangeKeepsTheFlightHumanAndPet() {
        Booking booking = Booking.create(rexOnTheFlight(100L, "EUR"), Clocks.t0());

        Booking changed = booking.change(90L, "USD", null, Clocks.t0());

        assertThat(changed.fields()).isEqualTo(new Booking.Fields(FLIGHT, GRACE, REX, 90L, "USD", null));
        assertThat(changed.version()).isEqualTo(2);
    }

    /** Every pair of states: forward only, and cancelled from anything but completed. */
    @ParameterizedTest
    @EnumSource(BookingStatus.class)
    void onlyForwardMovesAndCancellationBeforeCompletionAreAllowed(BookingStatus from) {
        Map<BookingStatus, Set<BookingStatus>> allowed = Map.of(
                BookingStatus.PENDING, Set.of(BookingStatus.CONFIRMED, BookingStatus.CANCELLED),
                BookingStatus.CONFIRMED, Set.of(BookingStatus.CHECKED_IN, BookingStatus.CANCELLED),
                BookingStatus.CHECKED_IN, Set.of(BookingStatus.COMPLETED, BookingStatus.CANCELLED),
                BookingStatus.COMPLETED, Set.of(),
                BookingStatus.CANCELLED, Set.of());
        Booking booking = Booking.restore(new BookingId(UUID.randomUUID()), rexOnTheFlight(100L, "EUR"), from, 3, Clocks.T0,
                Clocks.T0);

        for (BookingStatus to : BookingStatus.values()) {
            if (allowed.get(from).contains(to)) {
                assertThat(booking.moveTo(to, Clocks.t0()).status()).isEqualTo(to);
            } else {
                ConflictException refusal = Refusals.refusal(ConflictException.class, () -> booking.moveTo(to, Clocks.t0()),
                        "ILLEGAL_TRANSITION");
                allowed.get(from).forEach(next -> assertThat(refusal.getMessage()).contains(next.wireName()));
            }
        }
        assertThat(from.holdsSeat()).isEqualTo(from != BookingStatus.CANCELLED);
    }
}

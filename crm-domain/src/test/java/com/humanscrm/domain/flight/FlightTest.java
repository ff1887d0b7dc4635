package com.humanscrm.domain.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.Refusals;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FlightTest {

    private static final Instant DEPARTS = Instant.parse("2026-06-01T08:00:00Z");
    private static final Instant ARRIVES = Instant.parse("2026-06-01T10:30:00Z");

    private static Flight.Fields paris(Integer seats) {
        return new Flight.Fields(" af 1234 ", "Air France", "cdg", "LIS", DEPARTS, ARRIVES, "Cabin", seats);
    }

    @Test
    void aNewFlightIsScheduledWithEverySeatFreeAndItsCodesWrittenAsCodes() {
        Flight flight = Flight.create(paris(3), Clocks.t0());

        assertThat(flight.flightNumber()).isEqualTo("AF1234");
        assertThat(flight.departureAirport()).isEqualTo("CDG");
        assertThat(flight.status()).isEqualTo(FlightStatus.SCHEDULED);
        assertThat(flight.activeBookings()).isZero();
        assertThat(flight.seatsLeft()).isEqualTo(3);
        assertThat(flight.version()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AF", "1234", "12345", "AF12345", "A-1234", "AFRA123"})
    void aFlightNumberIsAnAirlineCodeAndOneToFourDigits(String number) {
        var fields = new Flight.Fields(number, "Air France", "CDG", "LIS", DEPARTS, ARRIVES, null, 3);

        assertThat(Refusals.fieldError(() -> Flight.create(fields, Clocks.t0()), "flightNumber")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"U21", "9W123", "AFR1", "BA7"})
    void airlineCodesOfEveryShapeAreTaken(String number) {
        var fields = new Flight.Fields(number, "Some airline", "CDG", "LIS", DEPARTS, ARRIVES, null, 3);

        assertThat(Flight.create(fields, Clocks.t0()).flightNumber()).isEqualTo(number);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        var broken = new Flight.Fields("X", "", "CDGX", "C1G", ARRIVES, DEPARTS, "c".repeat(51), 51);

        RuleViolationException refusal = catchThrowableOfType(RuleViolationException.class,
                () -> Flight.create(broken, Clocks.t0()));

        assertThat(refusal.fieldErrors()).containsOnlyKeys("flightNumber", "airline", "departureAirport", "arrivalAirport",
                "arrivalTime", "cabinClass", "maxPets");
    }

    @Test
    void aFlightGoesSomewhereElseAndArrivesAfterItDeparts() {
        assertThat(Refusals.fieldError(() -> Flight.create(new Flight.Fields("AF1", "Air France", "CDG", "cdg", DEPARTS,
                ARRIVES, null, 3), Clocks.t0()), "arrivalAirport")).containsExactly("must not be the departure airport");
        assertThat(Refusals.fieldError(() -> Flight.create(new Flight.Fields("AF1", "Air France", "CDG", "LIS", DEPARTS,
                DEPARTS, null, 3), Clocks.t0()), "arrivalTime")).containsExactly("must be after departureTime");
        assertThat(Refusals.fieldError(() -> Flight.create(paris(null), Clocks.t0()), "maxPets")).containsExactly("is required");
        assertThat(Refusals.fieldError(() -> Flight.create(paris(0), Clocks.t0()), "maxPets")).hasSize(1);
    }

    /** Every pair of states: exactly these moves are allowed, and a refusal names where the flight can go. */
    @ParameterizedTest
    @EnumSource(FlightStatus.class)
    void onlyForwardMovesAndCancellationBeforeDepartureAreAllowed(FlightStatus from) {
        Map<FlightStatus, Set<FlightStatus>> allowed = Map.of(
                FlightStatus.SCHEDULED, Set.of(FlightStatus.CONFIRMED, FlightStatus.CANCELLED),
                FlightStatus.CONFIRMED, Set.of(FlightStatus.IN_TRANSIT, FlightStatus.CANCELLED),
                FlightStatus.IN_TRANSIT, Set.of(FlightStatus.COMPLETED),
                FlightStatus.COMPLETED, Set.of(),
                FlightStatus.CANCELLED, Set.of());
        Flight flight = Flight.restore(new FlightId(UUID.randomUUID()), paris(3), from, 0, 4, Clocks.T0, Clocks.T0);
        Instant later = Clocks.T0.plus(Duration.ofMinutes(5));

        for (FlightStatus to : FlightStatus.values()) {
            if (allowed.get(from).contains(to)) {
                Flight moved = flight.moveTo(to, Clocks.at(later));
                assertThat(moved.status()).isEqualTo(to);
                assertThat(moved.version()).isEqualTo(5);
                assertThat(moved.updatedAt()).isEqualTo(later);
            } else {
                ConflictException refusal = Refusals.refusal(ConflictException.class, () -> flight.moveTo(to, Clocks.t0()),
                        "ILLEGAL_TRANSITION");
                assertThat(refusal.getMessage()).contains("cannot become " + to.wireName());
                allowed.get(from).forEach(next -> assertThat(refusal.getMessage()).contains(next.wireName()));
            }
        }
        assertThat(from.takesBookings()).isEqualTo(from == FlightStatus.SCHEDULED || from == FlightStatus.CONFIRMED);
    }

    @Test
    void fewerSeatsThanAreBookedIsAConflictAndAsManyIsFine() {
        Flight flight = Flight.restore(new FlightId(UUID.randomUUID()), paris(5), FlightStatus.CONFIRMED, 3, 2, Clocks.T0,
                Clocks.T0);

        Refusals.conflict(() -> flight.change(paris(2), Clocks.t0()), "IN_USE");
        Flight lowered = flight.change(paris(3), Clocks.t0());
        assertThat(lowered.maxPets()).isEqualTo(3);
        assertThat(lowered.seatsLeft()).isZero();
        assertThat(lowered.status()).isEqualTo(FlightStatus.CONFIRMED);
        assertThat(lowered.version()).isEqualTo(3);
    }

    @Test
    void noSeatsOrNoneGivenIsAFieldErrorEvenWithBookingsAndCorruptCountsAreNotRestored() {
        Flight flight = Flight.restore(new FlightId(UUID.randomUUID()), paris(5), FlightStatus.SCHEDULED, 3, 2, Clocks.T0,
                Clocks.T0);

        assertThat(Refusals.fieldError(() -> flight.change(paris(0), Clocks.t0()), "maxPets")).hasSize(1);
        assertThat(Refusals.fieldError(() -> flight.change(paris(null), Clocks.t0()), "maxPets")).containsExactly("is required");
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> Flight.restore(
                new FlightId(UUID.randomUUID()), paris(2), FlightStatus.SCHEDULED, 3, 1, Clocks.T0, Clocks.T0));
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> Flight.restore(
                new FlightId(UUID.randomUUID()), paris(2), FlightStatus.SCHEDULED, -1, 1, Clocks.T0, Clocks.T0));
    }

    @Test
    void aSeatIsTakenWhileOneIsLeftOnAFlightThatTakesBookingsAndItsVersionStays() {
        Flight flight = Flight.restore(new FlightId(UUID.randomUUID()), paris(2), FlightStatus.CONFIRMED, 1, 4, Clocks.T0,
                Clocks.T0);

        Flight full = flight.takeSeat();

        assertThat(full.activeBookings()).isEqualTo(2);
        assertThat(full.seatsLeft()).isZero();
        assertThat(full.version()).isEqualTo(4);
        Refusals.conflict(full::takeSeat, "FLIGHT_FULL");
        assertThat(full.releaseSeats(2).seatsLeft()).isEqualTo(2);
        for (FlightStatus closed : new FlightStatus[] {FlightStatus.IN_TRANSIT, FlightStatus.COMPLETED, FlightStatus.CANCELLED}) {
            Flight gone = Flight.restore(flight.id(), paris(2), closed, 0, 4, Clocks.T0, Clocks.T0);
            Refusals.conflict(gone::takeSeat, "FLIGHT_NOT_BOOKABLE");
        }
    }

    @Test
    void theAuditSnapshotIsTheWholeFlightInWireTerms() {
        assertThat(Flight.create(paris(3), Clocks.t0()).auditSnapshot()).containsEntry("flightNumber", "AF1234")
                .containsEntry("status", "scheduled").containsEntry("maxPets", 3)
                .containsEntry("departureTime", "2026-06-01T08:00:00Z").containsKeys("airline", "cabinClass");
    }
}

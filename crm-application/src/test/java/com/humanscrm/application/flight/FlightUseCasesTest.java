package com.humanscrm.application.flight;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.Observed;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.FieldChange;
import com.humanscrm.domain.flight.Flight;
import com.humanscrm.domain.flight.FlightId;
import com.humanscrm.domain.flight.FlightStatus;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.VersionMismatchException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlightUseCasesTest extends UseCaseTest {

    private static final Instant DEPARTS = Instant.parse("2026-06-01T08:00:00Z");
    private final FlightUseCases flights = useCases.flights();

    @Test
    void anAgentSchedulesAFlightInOneAuditedTransaction() {
        Observed<Flight> created = observe(() -> schedule(agent, 3));

        Flight flight = created.result();
        assertThat(flight.status()).isEqualTo(FlightStatus.SCHEDULED);
        assertThat(flight.seatsLeft()).isEqualTo(3);
        assertThat(flights.queries().get(viewer, flight.id())).usingRecursiveComparison().isEqualTo(flight);
        assertThat(created.transactions()).isEqualTo(1);
        assertAudit(created.onlyAuditEntry(), AuditAction.CREATE, RecordKind.FLIGHT, flight.id().value(), agent);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceAndNothingIsStored() {
        refusedOnFields(() -> flights.create().execute(agent, new CreateFlight.Command("1234", null, "CDG", "CDG", DEPARTS,
                DEPARTS, null, 0)), "flightNumber", "airline", "arrivalAirport", "arrivalTime", "maxPets");
        assertThat(flights.queries().list(viewer, everything()).items()).isEmpty();
    }

    @Test
    void aViewerReadsButNeitherSchedulesChangesMovesNorDeletesAndOnlyAdminsDelete() {
        Flight flight = schedule(agent, 3);

        forbidden(() -> schedule(viewer, 3));
        forbidden(() -> flights.change().execute(viewer, seats(flight.id(), null, 4)));
        forbidden(() -> flights.move().execute(viewer, new MoveFlight.Command(flight.id(), null, "bogus")));
        for (Actor notAdmin : new Actor[] {viewer, agent, manager}) {
            forbidden(() -> flights.delete().execute(notAdmin, new DeleteFlight.Command(flight.id(), null)));
        }
    }

    @Test
    void aChangeTouchesOnlyTheFieldsSentAndIsAudited() {
        Flight flight = schedule(agent, 3);

        Observed<Flight> changed = observe(() -> flights.change().execute(agent, new ChangeFlight.Command(flight.id(), 1,
                null, null, null, Optional.of("opo"), null, null, Optional.empty(), Optional.of(8))));

        assertThat(changed.result().arrivalAirport()).isEqualTo("OPO");
        assertThat(changed.result().cabinClass()).isEmpty();
        assertThat(changed.result().maxPets()).isEqualTo(8);
        assertThat(changed.result().flightNumber()).isEqualTo("AF1234");
        assertAudit(changed.onlyAuditEntry(), AuditAction.UPDATE, RecordKind.FLIGHT, flight.id().value(), agent);
        assertThat(changed.onlyAuditEntry().changes()).containsOnlyKeys("arrivalAirport", "cabinClass", "maxPets");
        refused(VersionMismatchException.class, "VERSION_MISMATCH", () -> flights.change().execute(agent,
                seats(flight.id(), 1, 5)));
        refusedOnFields(() -> flights.change().execute(agent, new ChangeFlight.Command(flight.id(), null, Optional.empty(),
                null, null, null, null, Optional.of(DEPARTS.minusSeconds(1)), null, Optional.empty())),
                "flightNumber", "arrivalTime", "maxPets");
    }

    @Test
    void aFlightMovesForwardOnlyAndEachMoveIsAnAuditedUpdate() {
        Flight flight = schedule(agent, 3);

        Observed<Flight> confirmed = observe(() -> flights.move().execute(agent, new MoveFlight.Command(flight.id(), 1,
                "confirmed")));

        assertThat(confirmed.result().status()).isEqualTo(FlightStatus.CONFIRMED);
        assertThat(confirmed.result().version()).isEqualTo(2);
        assertThat(confirmed.onlyAuditEntry().changes()).containsOnly(
                java.util.Map.entry("status", new FieldChange("scheduled", "confirmed")));
        ConflictException illegal = refused(ConflictException.class, "ILLEGAL_TRANSITION",
                () -> flights.move().execute(agent, new MoveFlight.Command(flight.id(), null, "completed")));
        assertThat(illegal.getMessage()).contains("in_transit, cancelled");
        refusedOnFields(() -> flights.move().execute(agent, new MoveFlight.Command(flight.id(), null, "landed")), "status");
        refusedOnFields(() -> flights.move().execute(agent, new MoveFlight.Command(flight.id(), null, null)), "status");
        refused(VersionMismatchException.class, "VERSION_MISMATCH",
                () -> flights.move().execute(agent, new MoveFlight.Command(flight.id(), 1, "in_transit")));
        refused(NotFoundException.class, "FLIGHT_NOT_FOUND", () -> flights.move().execute(agent,
                new MoveFlight.Command(new FlightId(Ids.newId(crm.clock)), null, "confirmed")));
    }

    @Test
    void anAdminDeletesAFlightAndTheAuditEntryKeepsIt() {
        Flight flight = schedule(agent, 3);

        var deleted = observe(() -> flights.delete().execute(admin, new DeleteFlight.Command(flight.id(), 1)));

        assertAudit(deleted.onlyAuditEntry(), AuditAction.DELETE, RecordKind.FLIGHT, flight.id().value(), admin);
        refused(NotFoundException.class, "FLIGHT_NOT_FOUND", () -> flights.queries().get(viewer, flight.id()));
    }

    private Flight schedule(Actor actor, int seats) {
        return flights.create().execute(actor, new CreateFlight.Command("af 1234", "Air France", "CDG", "LIS", DEPARTS,
                DEPARTS.plusSeconds(9000), "Cabin", seats));
    }

    private static ChangeFlight.Command seats(FlightId id, Integer version, int seats) {
        return new ChangeFlight.Command(id, version, null, null, null, null, null, null, null, Optional.of(seats));
    }

    private static FlightListQuery everything() {
        return new FlightListQuery(null, null, null, null, null, null, PageRequest.first(10));
    }
}

package com.humanscrm.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.flight.FlightListQuery;
import com.humanscrm.application.flight.FlightRepository;
import com.humanscrm.application.flight.FlightSortField;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.shared.Sort;
import com.humanscrm.application.testing.Refusals;
import com.humanscrm.domain.flight.Flight;
import com.humanscrm.domain.flight.FlightId;
import com.humanscrm.domain.flight.FlightStatus;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FlightRepository} must do: the in-memory fake and the jOOQ adapter both run these. Each
 * test's flights leave from an airport and on a day of their own, so its lists hold only them.
 */
public abstract class FlightRepositoryContract extends RepositoryContract {

    protected abstract FlightRepository flights();

    /** This test's own departure airport, never one its flights arrive at (none of those starts with Q). */
    private final String from = "Q" + token.substring(0, 2).toUpperCase(Locale.ROOT);
    /** This test's own day, one of millions: with the airport, no other test's flight is in its lists. */
    private final Instant start = Instant.parse("2030-01-01T00:00:00Z").plus(Duration.ofDays(Math.floorMod(token.hashCode(),
            2_000_000)));

    @Test
    public void aStoredFlightReadsBackWithEveryField() {
        Flight flight = add(fields("AF1234", start, 4));

        assertSameFlight(flights().findById(flight.id()).orElseThrow(), flight);
        assertSameFlight(inTransaction(() -> flights().findForChange(flight.id())).orElseThrow(), flight);
    }

    @Test
    public void anUnknownIdFindsNothing() {
        FlightId unknown = new FlightId(Ids.newId(clock));

        assertThat(flights().findById(unknown)).isEmpty();
        assertThat(inTransaction(() -> flights().findForChange(unknown))).isEmpty();
    }

    @Test
    public void anUpdateStoresEveryChangeAndAStaleOneIsAConcurrentModification() {
        Flight original = add(fields("AF1234", start, 4));
        Flight changed = original.change(new Flight.Fields("BA7", "British Airways", "LHR", from, start.plusSeconds(60),
                start.plusSeconds(7200), null, 9), clock);
        Flight confirmed = changed.moveTo(FlightStatus.CONFIRMED, clock);

        inTransaction(() -> flights().update(changed));
        inTransaction(() -> flights().update(confirmed));

        assertSameFlight(flights().findById(original.id()).orElseThrow(), confirmed);
        Refusals.refusal(ConflictException.class, ConflictException.CONCURRENT_MODIFICATION,
                () -> inTransaction(() -> flights().update(original.change(fields("AF1", start, 2), clock))));
    }

    @Test
    public void aRemovedFlightIsGone() {
        Flight flight = add(fields("AF1234", start, 4));

        inTransaction(() -> flights().remove(flight.id()));

        assertThat(flights().findById(flight.id())).isEmpty();
    }

    @Test
    public void aListIsByDepartureEitherWayAndPagesWithoutGapsOrRepeats() {
        List<Flight> added = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            added.add(add(fields("AF" + (100 + i), start.plus(Duration.ofHours(i / 2)), 3)));
        }
        Comparator<Flight> soonest = Comparator.comparing(Flight::departureTime).thenComparing(flight -> flight.id().value());

        assertThat(all(new Sort<>(FlightSortField.DEPARTURE_TIME, false))).containsExactlyElementsOf(ids(added, soonest));
        assertThat(all(new Sort<>(FlightSortField.DEPARTURE_TIME, true)))
                .containsExactlyElementsOf(ids(added, soonest.reversed()));
    }

    @Test
    public void everyFilterNarrowsTheListAndTheDatesBoundTheDepartureInclusively() {
        Flight first = add(fields("AF1", start, 3));
        Flight second = add(new Flight.Fields("AF2", "Air France", from, "OPO", start.plusSeconds(3600),
                start.plusSeconds(7200), null, 3));
        Flight cancelled = add(fields("AF3", start.plusSeconds(7200), 3));
        inTransaction(() -> flights().update(cancelled.moveTo(FlightStatus.CANCELLED, clock)));

        assertThat(list(null, null, null, null)).containsExactly(first.id(), second.id(), cancelled.id());
        assertThat(list(FlightStatus.CANCELLED, null, null, null)).containsExactly(cancelled.id());
        assertThat(list(null, "opo", null, null)).containsExactly(second.id());
        assertThat(list(null, null, start.plusSeconds(3600), start.plusSeconds(7200))).containsExactly(second.id(),
                cancelled.id());
        assertThat(list(null, null, null, start)).containsExactly(first.id());
        assertThat(list(FlightStatus.IN_TRANSIT, null, null, null)).isEmpty();
    }

    private static void assertSameFlight(Flight actual, Flight expected) {
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
    }

    private List<FlightId> list(FlightStatus status, String arrival, Instant dateFrom, Instant dateTo) {
        return flights().list(new FlightListQuery(status, from, arrival, dateFrom == null ? start : dateFrom,
                dateTo == null ? end() : dateTo, null, PageRequest.first(50))).items().stream().map(Flight::id).toList();
    }

    private Instant end() {
        return start.plus(Duration.ofDays(1));
    }

    private List<FlightId> all(Sort<FlightSortField> sort) {
        List<FlightId> seen = new ArrayList<>();
        Page<Flight> page = flights().list(new FlightListQuery(null, from, null, start, end(), sort,
                new PageRequest(3, null, true)));
        assertThat(page.total()).isEqualTo(7);
        seen.addAll(page.items().stream().map(Flight::id).toList());
        while (page.nextCursor() != null) {
            page = flights().list(new FlightListQuery(null, from, null, start, end(), sort,
                    new PageRequest(3, page.nextCursor(), false)));
            seen.addAll(page.items().stream().map(Flight::id).toList());
        }
        return seen;
    }

    private static List<FlightId> ids(List<Flight> flights, Comparator<Flight> order) {
        return flights.stream().sorted(order).map(Flight::id).toList();
    }

    private Flight add(Flight.Fields fields) {
        Flight flight = Flight.create(fields, clock);
        inTransaction(() -> flights().add(flight));
        return flight;
    }

    private Flight.Fields fields(String number, Instant departs, int seats) {
        return new Flight.Fields(number, "Air France", from, "LIS", departs, departs.plus(Duration.ofHours(2)), "Cabin", seats);
    }
}

package com.humanscrm.adapters.persistence.flight;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.adapters.persistence.ListPlans;
import com.humanscrm.adapters.persistence.StatementLog;
import com.humanscrm.application.flight.FlightListQuery;
import com.humanscrm.application.flight.FlightSortField;
import com.humanscrm.application.shared.Cursor;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.shared.Sort;
import com.humanscrm.domain.flight.FlightStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every filter of the flights list, alone and combined, both ways and on its first page and deeper, is
 * answered from an index by departure, as {@code HumanListPlansTest} proves for humans.
 */
class FlightListPlansTest {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    private static final StatementLog statements = new StatementLog();
    private static DSLContext sql;

    @BeforeAll
    static void seed() {
        sql = statements.dsl(database.settings());
        // Enough rows, spread like real ones, for the planner to weigh an index against a full read.
        sql.execute("""
                with a as (select array['CDG', 'LIS', 'GRU', 'JFK', 'LHR', 'FRA', 'MAD', 'AMS', 'BCN', 'FCO'] as codes)
                insert into flights (id, flight_number, airline, departure_airport, arrival_airport, departure_time,
                                     arrival_time, max_pets, status, version, created_at, updated_at)
                select gen_random_uuid(), 'AF' || (i % 9999 + 1), 'Air France', a.codes[1 + i % 10], a.codes[1 + (i + 3) % 10],
                       timestamptz '2026-01-01' + make_interval(mins => i * 7), timestamptz '2026-01-01' + make_interval(mins => i * 7 + 120),
                       4, (array['scheduled', 'confirmed', 'in_transit', 'completed', 'cancelled'])[1 + i % 5], 1, now(), now()
                from a, generate_series(1, 40000) as i""");
        sql.execute("vacuum analyze");
    }

    static List<FlightListQuery> everyList() {
        Instant from = Instant.parse("2026-03-01T00:00:00Z");
        Instant to = Instant.parse("2026-04-01T00:00:00Z");
        List<FlightListQuery> lists = new ArrayList<>();
        for (boolean descending : new boolean[] {false, true}) {
            Sort<FlightSortField> sort = new Sort<>(FlightSortField.DEPARTURE_TIME, descending);
            for (Cursor cursor : new Cursor[] {null, new Cursor(sort.token(), "2026-02-01T00:00:00Z", UUID.randomUUID())}) {
                for (FlightStatus status : new FlightStatus[] {null, FlightStatus.CONFIRMED}) {
                    for (String departure : new String[] {null, "CDG"}) {
                        for (String arrival : new String[] {null, "JFK"}) {
                            for (boolean dated : new boolean[] {false, true}) {
                                lists.add(new FlightListQuery(status, departure, arrival, dated ? from : null,
                                        dated ? to : null, sort, new PageRequest(50, cursor, false)));
                            }
                        }
                    }
                }
            }
        }
        return lists;
    }

    /**
     * One filter (or none) reads a page from its index in order. Two or more are still read from an index,
     * but PostgreSQL may rightly intersect two and sort what both match, fewer rows than either holds.
     */
    @ParameterizedTest
    @MethodSource("everyList")
    void theListIsReadFromAnIndexInItsOrder(FlightListQuery list) {
        long filters = Stream.of(list.status(), list.departureAirport(), list.arrivalAirport()).filter(Objects::nonNull)
                .count();
        ListPlans.assertReadFromAnIndexInOrder(sql, statements, "flights", filters > 1,
                () -> new JooqFlightRepository(sql).list(list));
    }
}

package com.humanscrm.application.flight;

import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.shared.Sort;
import com.humanscrm.domain.flight.FlightStatus;
import com.humanscrm.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.Objects;

/**
 * A page of flights, the soonest departure first unless sorted descending; each filter is optional, the
 * airports are IATA codes in any case, and the dates bound the departure inclusively.
 */
public record FlightListQuery(FlightStatus status, String departureAirport, String arrivalAirport, Instant dateFrom,
                              Instant dateTo, Sort<FlightSortField> sort, PageRequest page) {

    public static final Sort<FlightSortField> DEFAULT_SORT = new Sort<>(FlightSortField.DEPARTURE_TIME, false);

    public FlightListQuery {
        if (dateFrom != null && dateTo != null && dateFrom.isAfter(dateTo)) {
            throw RuleViolationException.field("dateFrom", "must not be after dateTo");
        }
        departureAirport = departureAirport == null ? null : departureAirport.strip().toUpperCase(java.util.Locale.ROOT);
        arrivalAirport = arrivalAirport == null ? null : arrivalAirport.strip().toUpperCase(java.util.Locale.ROOT);
        sort = sort == null ? DEFAULT_SORT : sort;
        Objects.requireNonNull(page, "page");
    }
}

package com.humanscrm.application.flight;

import com.humanscrm.application.shared.Sort;

/** The order a list of flights comes in: by departure, served by an index alone and after each filter. */
public enum FlightSortField implements Sort.Field {
    DEPARTURE_TIME("departureTime");

    private final String apiName;

    FlightSortField(String apiName) {
        this.apiName = apiName;
    }

    @Override
    public String apiName() {
        return apiName;
    }
}

package com.humanscrm.application.flight;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.flight.Flight;
import com.humanscrm.domain.flight.FlightId;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RecordKind;

public final class FlightQueries {

    private final FlightRepository flights;

    public FlightQueries(FlightRepository flights) {
        this.flights = flights;
    }

    public Flight get(Actor actor, FlightId id) {
        actor.require(Permission.VIEW_RECORDS);
        return flights.findById(id).orElseThrow(() -> NotFoundException.of(RecordKind.FLIGHT, id));
    }

    public Page<Flight> list(Actor actor, FlightListQuery query) {
        actor.require(Permission.VIEW_RECORDS);
        return flights.list(query);
    }
}

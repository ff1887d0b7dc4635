package com.humanscrm.domain.flight;

import com.humanscrm.domain.shared.Lifecycle;
import com.humanscrm.domain.shared.WireNames;
import java.util.EnumSet;
import java.util.Set;

/** Where a flight is in its life: only forward, and cancelled only before it departs. */
public enum FlightStatus implements Lifecycle<FlightStatus> {
    SCHEDULED, CONFIRMED, IN_TRANSIT, COMPLETED, CANCELLED;

    @Override
    public Set<FlightStatus> next() {
        return switch (this) {
            case SCHEDULED -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(IN_TRANSIT, CANCELLED);
            case IN_TRANSIT -> EnumSet.of(COMPLETED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(FlightStatus.class);
        };
    }

    /** Whether pets may still be booked on a flight in this state. */
    public boolean takesBookings() {
        return this == SCHEDULED || this == CONFIRMED;
    }

    @Override
    public String wireName() {
        return WireNames.of(this);
    }

    public static FlightStatus fromWireName(String value, String field) {
        return WireNames.parse(FlightStatus.class, value, field);
    }
}

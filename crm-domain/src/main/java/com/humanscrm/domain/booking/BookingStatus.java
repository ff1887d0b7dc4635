package com.humanscrm.domain.booking;

import com.humanscrm.domain.shared.Lifecycle;
import com.humanscrm.domain.shared.WireNames;
import java.util.EnumSet;
import java.util.Set;

/** Where a booking is: forward only, and cancelled from any state before it is completed. */
public enum BookingStatus implements Lifecycle<BookingStatus> {
    PENDING, CONFIRMED, CHECKED_IN, COMPLETED, CANCELLED;

    @Override
    public Set<BookingStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(CHECKED_IN, CANCELLED);
            case CHECKED_IN -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(BookingStatus.class);
        };
    }

    /** Whether a booking in this state holds its seat on the flight: every state but cancelled. */
    public boolean holdsSeat() {
        return this != CANCELLED;
    }

    @Override
    public String wireName() {
        return WireNames.of(this);
    }

    public static BookingStatus fromWireName(String value, String field) {
        return WireNames.parse(BookingStatus.class, value, field);
    }
}

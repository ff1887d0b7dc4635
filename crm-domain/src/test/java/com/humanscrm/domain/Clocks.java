package com.humanscrm.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** Fixed clocks: domain objects take time as an argument, so tests say exactly when things happen. */
public final class Clocks {

    public static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private Clocks() {
    }

    /** The moment every test starts at. */
    public static Clock t0() {
        return at(T0);
    }

    /** {@code duration} after {@link #T0}, to make "later" visible in updatedAt. */
    public static Clock after(Duration duration) {
        return at(T0.plus(duration));
    }

    public static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}

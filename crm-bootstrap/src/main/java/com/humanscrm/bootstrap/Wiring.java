package com.humanscrm.bootstrap;

import com.humanscrm.adapters.persistence.PostgresPersistence;
import com.humanscrm.application.Ports;
import com.humanscrm.application.UseCases;
import java.time.Clock;
import java.time.Duration;

/** The one place that plugs the adapters into the core. */
final class Wiring {

    /** PostgreSQL keeps microseconds: a finer clock would hand out times that read back differently. */
    private static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    private Wiring() {
    }

    static UseCases useCases(PostgresPersistence persistence) {
        return UseCases.over(new Ports(persistence.unitOfWork(), persistence.humans(), persistence.lookups(),
                persistence.colleagues(), persistence.apiKeys(), persistence.auditLog(), persistence.idempotencyKeys(),
                CLOCK));
    }
}

package com.humanscrm.bootstrap;

import com.humanscrm.adapters.persistence.PostgresPersistence;
import com.humanscrm.adapters.storage.BlobStores;
import com.humanscrm.adapters.storage.ContentTypeDetectors;
import com.humanscrm.application.Ports;
import com.humanscrm.application.UseCases;
import com.humanscrm.application.storage.BlobStore;
import java.time.Clock;
import java.time.Duration;

/** The one place that plugs the adapters into the core. */
final class Wiring {

    /** PostgreSQL keeps microseconds: a finer clock would hand out times that read back differently. */
    private static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    private Wiring() {
    }

    static UseCases useCases(PostgresPersistence persistence, Settings settings) {
        return UseCases.over(new Ports(persistence.unitOfWork(), persistence.humans(), persistence.lookups(),
                persistence.colleagues(), persistence.apiKeys(), persistence.auditLog(), persistence.idempotencyKeys(),
                persistence.documents(), blobStore(settings), ContentTypeDetectors.fromSignatures(), CLOCK),
                settings.limits());
    }

    /**
     * The store {@code CRM_BLOB_STORE} names, checked usable now: a bad setting, a missing bucket or refused
     * credentials stop start-up with the provider's message, which names the variables to fix.
     */
    private static BlobStore blobStore(Settings settings) {
        try {
            return BlobStores.open(settings.blobStore(), settings.blobStoreConfiguration());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ConfigurationException(e.getMessage());
        }
    }
}

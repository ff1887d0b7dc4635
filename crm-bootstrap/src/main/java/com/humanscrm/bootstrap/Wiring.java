package com.humanscrm.bootstrap;

import com.humanscrm.adapters.http.GoogleSignIn;
import com.humanscrm.adapters.persistence.PostgresPersistence;
import com.humanscrm.adapters.storage.BlobStores;
import com.humanscrm.adapters.storage.ContentTypeDetectors;
import com.humanscrm.application.Ports;
import com.humanscrm.application.UseCases;
import com.humanscrm.application.signin.IdentityProvider;
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
        return UseCases.over(new Ports(persistence, blobStore(settings), ContentTypeDetectors.fromSignatures(),
                identityProvider(settings), CLOCK), settings.limits(), settings.signInPolicy());
    }

    /** Google when its OAuth client is configured; otherwise every sign-in is refused, saying what to set. */
    private static IdentityProvider identityProvider(Settings settings) {
        if (settings.google() == null) {
            return GoogleSignIn.notConfigured();
        }
        try {
            return GoogleSignIn.identityProvider(settings.google());
        } catch (IllegalStateException e) {
            throw new ConfigurationException(e.getMessage());
        }
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

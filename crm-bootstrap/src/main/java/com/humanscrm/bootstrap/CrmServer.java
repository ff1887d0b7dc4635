package com.humanscrm.bootstrap;

import com.humanscrm.adapters.http.HttpApi;
import com.humanscrm.adapters.persistence.PostgresPersistence;
import com.humanscrm.application.UseCases;
import com.humanscrm.application.document.ReconcileDocumentBlobs;
import com.humanscrm.application.shared.Actor;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running CRM: the database, the use cases over it, the HTTP API in front, and the housekeeping
 * that runs beside them (removing document bytes no document points to); closed in reverse order.
 */
public final class CrmServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CrmServer.class);

    /** Not at once: a start-up is busy enough, and a restart loop should not hammer the blob store. */
    static final Duration FIRST_RECONCILIATION = Duration.ofMinutes(5);
    static final Duration RECONCILIATION_INTERVAL = Duration.ofHours(1);

    private final Database database;
    private final PostgresPersistence persistence;
    private final HttpApi http;
    private final ScheduledExecutorService housekeeping;

    private CrmServer(Database database, PostgresPersistence persistence, HttpApi http, ScheduledExecutorService housekeeping) {
        this.database = database;
        this.persistence = persistence;
        this.http = http;
        this.housekeeping = housekeeping;
    }

    static CrmServer start(Settings settings) {
        Database database = Database.open(settings);
        PostgresPersistence persistence = null;
        try {
            persistence = PostgresPersistence.connect(database.settings());
            UseCases useCases = Wiring.useCases(persistence, settings);
            if (settings.google() == null) {
                LOG.info("Google sign-in is not configured (set CRM_GOOGLE_CLIENT_ID and CRM_GOOGLE_CLIENT_SECRET):"
                        + " /auth/google/login answers 503; API keys work");
            }
            HttpApi http = HttpApi.create(settings.http(), useCases, persistence::isReady).start();
            return new CrmServer(database, persistence, http, reconcilingPeriodically(useCases.documents().reconcile()));
        } catch (RuntimeException e) {
            if (persistence != null) {
                persistence.close();
            }
            database.close();
            throw e;
        }
    }

    /** One daemon thread; a failed run is logged and the next one comes as planned (an exception would end the schedule). */
    private static ScheduledExecutorService reconcilingPeriodically(ReconcileDocumentBlobs reconcile) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("crm-document-blob-reconciler").daemon().factory());
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                ReconcileDocumentBlobs.Report report = reconcile.execute(Actor.operator());
                LOG.info("Document blobs reconciled: {} examined, {} removed for having no document, {} too young to judge",
                        report.examined(), report.removed(), report.tooYoung());
            } catch (RuntimeException e) {
                LOG.warn("Reconciling document blobs failed; trying again in {}", RECONCILIATION_INTERVAL, e);
            }
        }, FIRST_RECONCILIATION.toSeconds(), RECONCILIATION_INTERVAL.toSeconds(), TimeUnit.SECONDS);
        return scheduler;
    }

    public int port() {
        return http.port();
    }

    @Override
    public void close() {
        housekeeping.shutdownNow();
        http.close();
        try {
            // A run under way is interrupted; let it stop before its database goes.
            housekeeping.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        persistence.close();
        database.close();
    }
}

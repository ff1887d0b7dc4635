package com.humanscrm.adapters.persistence.shared;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a task in the background once per interval, on a daemon thread of its own, until closed.
 * A failing run is logged and the next one still comes: an escaping exception would make the
 * scheduler cancel every later run.
 */
public final class Periodically implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Periodically.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final String name;
    private final ScheduledExecutorService scheduler;

    public Periodically(String name, Duration interval, Runnable task) {
        this.name = name;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(name).daemon().factory());
        long millis = interval.toMillis();
        scheduler.scheduleWithFixedDelay(() -> runOrLog(task), millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Runs the task once now, on the caller's thread, logging rather than throwing a failure. */
    public void runOrLog(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.warn("{} failed; it runs again at the next interval", name, e);
        }
    }

    /** Stops the schedule, letting a run under way finish. */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("{} did not stop within {}", name, CLOSE_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

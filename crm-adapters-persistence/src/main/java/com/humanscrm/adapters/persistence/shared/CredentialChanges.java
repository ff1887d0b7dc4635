package com.humanscrm.adapters.persistence.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every instance's {@link CredentialCache}s honest. A transaction that changes what a credential
 * grants (a colleague changed, an API key changed, a session removed) calls {@link #announce}: a
 * {@code pg_notify} that PostgreSQL delivers to every instance when, and only if, the transaction
 * commits. Each instance listens on a connection of its own, outside the pool, on one daemon thread;
 * a notification makes it forget every cached credential.
 *
 * <p>Correctness never rests on the caches' time to live. Notifications sent while the listener is
 * not connected (starting, connection lost, reconnecting) are lost for good, so meanwhile the caches
 * are bypassed ({@link #listening()} is false and every look-up goes to the database), and on each
 * (re)connection everything is forgotten before caching resumes. This instance also forgets right
 * after its own commit, so it is exact even before its own notification comes back.
 *
 * <p>A connection that breaks with an error (a reset, a terminated backend) is given up at once. One that
 * goes silent without a word (a dropped network path, a frozen server) cannot be told from a quiet one
 * except by asking: the listener makes a round trip every {@code 2 s} and gives up on one not answered
 * within {@code 1 s}, between waits of at most {@code 1 s}. So for up to about 4 s after the connection
 * silently died, another instance's change can go unheard and the caches still answer; after that they
 * are bypassed until a new connection is listening. (The caches' time to live bounds even that.)
 */
public final class CredentialChanges implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialChanges.class);

    /** Lower case: {@code LISTEN} folds names, {@code pg_notify} does not. */
    static final String CHANNEL = "crm_credentials";
    /** How the listener's connection shows in {@code pg_stat_activity}. */
    public static final String APPLICATION_NAME = "humans-crm-credential-listener";
    /** How long one wait for notifications blocks before the loop looks whether it should stop or check the connection. */
    private static final int POLL_MILLIS = 1_000;
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);
    /** A connection that died silently sends no error: check it with a round trip this often. */
    private static final Duration LIVENESS_CHECK = Duration.ofSeconds(2);
    private static final int LIVENESS_TIMEOUT_SECONDS = 1;
    private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(15);
    /** The first connection is waited for this long, so an instance usually starts with its caches on. */
    private static final Duration START_WAIT = Duration.ofSeconds(5);

    private final String jdbcUrl;
    private final Properties connectionProperties;
    private final Duration firstRetryDelay;
    private final JooqUnitOfWork unitOfWork;
    private final DSLContext dsl;
    private final List<Runnable> caches = new CopyOnWriteArrayList<>();
    /** Counts the times everything was forgotten, so a cache's load can tell that it raced with one. */
    private final AtomicLong forgettings = new AtomicLong();
    private final CountDownLatch firstAttempt = new CountDownLatch(1);
    private volatile boolean listening;
    private volatile boolean running = true;
    private volatile Connection connection;
    private Thread listener;

    /**
     * @param firstRetryDelay how long the listener waits before reconnecting after a failure; it doubles
     *        with every further failure, up to {@link #MAX_RETRY_DELAY}
     */
    public CredentialChanges(String jdbcUrl, String user, String password, Duration firstRetryDelay,
                             JooqUnitOfWork unitOfWork, DSLContext dsl) {
        this.jdbcUrl = jdbcUrl;
        this.connectionProperties = new Properties();
        if (user != null) {
            connectionProperties.setProperty("user", user);
        }
        if (password != null) {
            connectionProperties.setProperty("password", password);
        }
        connectionProperties.setProperty("ApplicationName", APPLICATION_NAME);
        connectionProperties.setProperty("tcpKeepAlive", "true");
        this.firstRetryDelay = firstRetryDelay;
        this.unitOfWork = unitOfWork;
        this.dsl = dsl;
    }

    /** Starts listening, waiting a few seconds for the first connection; until it is up, caches are bypassed. */
    public void start() {
        listener = Thread.ofPlatform().name("crm-credential-listener").daemon().start(this::listen);
        try {
            if (!firstAttempt.await(START_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Not yet listening for credential changes; credentials are read from the database until then");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Tells every instance, this one included, to forget their cached credentials once the current
     * transaction commits (at once outside a transaction). Call it after the write, in its transaction.
     */
    public void announce() {
        dsl.select(DSL.function("pg_notify", Object.class, DSL.val(CHANNEL), DSL.val(""))).fetch();
        unitOfWork.afterCommit(this::forgetAll);
    }

    /** Whether caches may answer: only while the listener is connected, so no change can go unheard. */
    public boolean listening() {
        return listening;
    }

    long forgettings() {
        return forgettings.get();
    }

    /** {@code forget} runs whenever every cached credential must go. */
    void register(Runnable forget) {
        caches.add(forget);
    }

    private void forgetAll() {
        // Counted first: a load that finished before the caches are emptied sees the count moved and drops what it read.
        forgettings.incrementAndGet();
        caches.forEach(Runnable::run);
    }

    private void listen() {
        Duration retryDelay = firstRetryDelay;
        while (running) {
            try (Connection opened = DriverManager.getConnection(jdbcUrl, connectionProperties)) {
                connection = opened;
                try (Statement statement = opened.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                // Whatever changed before LISTEN took effect was never heard: start from nothing.
                forgetAll();
                listening = true;
                firstAttempt.countDown();
                retryDelay = firstRetryDelay;
                LOG.info("Listening for credential changes");
                receive(opened.unwrap(PGConnection.class), opened);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("Not listening for credential changes ({}); credentials are read from the database "
                            + "until the listener reconnects in {}", e.getMessage(), retryDelay);
                }
            } finally {
                // Also forgets what a look-up read while the connection was already dying.
                listening = false;
                forgetAll();
                connection = null;
            }
            firstAttempt.countDown();
            if (running) {
                sleep(retryDelay);
                retryDelay = retryDelay.multipliedBy(2).compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : retryDelay.multipliedBy(2);
            }
        }
    }

    private void receive(PGConnection notifications, Connection opened) throws SQLException {
        long nextCheck = System.nanoTime() + LIVENESS_CHECK.toNanos();
        while (running) {
            PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
            if (received != null && received.length > 0) {
                forgetAll();
            } else if (System.nanoTime() - nextCheck > 0) {
                if (!opened.isValid(LIVENESS_TIMEOUT_SECONDS)) {
                    throw new SQLException("the listener's connection does not answer");
                }
                nextCheck = System.nanoTime() + LIVENESS_CHECK.toNanos();
            }
        }
    }

    private void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            // close() interrupts to stop the wait; running tells the loop to end.
        }
    }

    /** Stops listening; caches are bypassed from then on. */
    @Override
    public void close() {
        running = false;
        listening = false;
        Thread thread = listener;
        if (thread == null) {
            return;
        }
        // Closing the socket under the listener ends its wait for notifications at once; the
        // interrupt ends a wait to reconnect.
        Connection open = connection;
        if (open != null) {
            try {
                open.abort(Runnable::run);
            } catch (SQLException e) {
                LOG.debug("Aborting the listener's connection failed", e);
            }
        }
        thread.interrupt();
        try {
            thread.join(STOP_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("The credential listener did not stop within {}", STOP_WAIT);
        }
    }
}

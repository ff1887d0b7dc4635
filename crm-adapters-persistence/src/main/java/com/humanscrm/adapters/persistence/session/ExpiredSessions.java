package com.humanscrm.adapters.persistence.session;

import com.humanscrm.adapters.persistence.shared.Periodically;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired sessions and sign-in attempts in the background, once per interval. Look-ups already
 * refuse them; this only keeps the tables small. With several instances each purges, which is harmless.
 */
public final class ExpiredSessions implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiredSessions.class);

    private final JooqSessionRepository sessions;
    private final JooqSignInAttempts signInAttempts;
    private final Clock clock;
    private final Periodically purger;

    public ExpiredSessions(JooqSessionRepository sessions, JooqSignInAttempts signInAttempts, Clock clock, Duration interval) {
        this.sessions = sessions;
        this.signInAttempts = signInAttempts;
        this.clock = clock;
        this.purger = new Periodically("crm-session-purge", interval, this::purge);
    }

    /** Deletes what has expired now; returns how many rows that was. */
    public int purge() {
        int purgedSessions = sessions.purgeExpired(clock.instant());
        int purgedAttempts = signInAttempts.purgeExpired(clock.instant());
        if (purgedSessions + purgedAttempts > 0) {
            LOG.info("Purged {} expired sessions and {} expired sign-in attempts", purgedSessions, purgedAttempts);
        }
        return purgedSessions + purgedAttempts;
    }

    /** Stops the background purge, letting one under way finish. */
    @Override
    public void close() {
        purger.close();
    }
}

package com.humanscrm.adapters.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the database is and how this instance uses it.
 *
 * @param poolSize connections held open; a small fixed pool serves best, as PostgreSQL works a
 *        few busy connections faster than many contending ones
 * @param credentialCacheTtl how long an API key's or session's credential stays cached. Only a
 *        backstop: every instance forgets its cached credentials when another announces a change
 *        (LISTEN/NOTIFY), and reads from the database while it cannot hear announcements
 * @param lastUsedFlushInterval how often API keys' last-used and sessions' last-seen times are written
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int poolSize,
                               Duration credentialCacheTtl, Duration lastUsedFlushInterval) {

    /** Suits a two-core machine: about twice the cores, as the pool sizing formula suggests. */
    public static final int DEFAULT_POOL_SIZE = 4;
    public static final Duration DEFAULT_CREDENTIAL_CACHE_TTL = Duration.ofSeconds(30);
    public static final Duration DEFAULT_LAST_USED_FLUSH_INTERVAL = Duration.ofSeconds(30);

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1, not " + poolSize);
        }
        requirePositive(credentialCacheTtl, "credentialCacheTtl");
        requirePositive(lastUsedFlushInterval, "lastUsedFlushInterval");
    }

    public static DatabaseSettings of(String jdbcUrl, String user, String password) {
        return new DatabaseSettings(jdbcUrl, user, password, DEFAULT_POOL_SIZE,
                DEFAULT_CREDENTIAL_CACHE_TTL, DEFAULT_LAST_USED_FLUSH_INTERVAL);
    }

    /** Settings end up in logs and error messages; the password must not. */
    @Override
    public String toString() {
        return "DatabaseSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=" + (password == null ? "none" : "***")
                + ", poolSize=" + poolSize + ", credentialCacheTtl=" + credentialCacheTtl
                + ", lastUsedFlushInterval=" + lastUsedFlushInterval + "]";
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + duration);
        }
    }
}

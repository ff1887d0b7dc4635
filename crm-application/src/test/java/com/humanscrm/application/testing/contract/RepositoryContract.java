package com.humanscrm.application.testing.contract;

import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.MutableClock;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * What every repository contract shares. The contracts write only records of their own, told apart by
 * {@link #token}, so they run on a fresh store per test and on a shared database alike; they never
 * assume a list holds nothing else.
 *
 * <p>Subclasses give the ports under test through the abstract methods. These are called from test
 * methods only (never from constructors), so a subclass may set its fields up in a {@code @BeforeEach}.
 */
public abstract class RepositoryContract {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * The time records are made at: now (so a shared log's "newest first" holds), to the microsecond
     * PostgreSQL keeps, moving a microsecond with each reading so creation order is strict.
     */
    protected final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));

    /** Lower-case letters unique to this test: in names, addresses and searches. */
    protected final String token = letters(12);

    /** The transaction the repositories join; every write of a contract runs in one, as use cases write. */
    protected abstract UnitOfWork unitOfWork();

    protected final void inTransaction(Runnable work) {
        unitOfWork().inTransaction(() -> {
            work.run();
            return null;
        });
    }

    protected final <T> T inTransaction(Supplier<T> work) {
        return unitOfWork().inTransaction(work);
    }

    /** An address no other test uses. */
    protected final String uniqueEmail(String localPart) {
        return localPart + "." + token + "@" + letters(6) + ".test";
    }

    protected static String letters(int count) {
        StringBuilder letters = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return letters.toString();
    }

    /** Digits no other test uses, for phone numbers to search. */
    protected static String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return digits.toString();
    }
}

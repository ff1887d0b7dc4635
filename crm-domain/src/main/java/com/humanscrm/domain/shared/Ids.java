package com.humanscrm.domain.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * UUID version 7 (RFC 9562): a millisecond timestamp followed by random bits, so new ids sort by
 * creation time and keep B-tree inserts at the right-hand edge of the index.
 *
 * <p>Ids made within the same millisecond are ordered too (RFC 9562, method 1: a 42-bit counter in
 * {@code rand_a} and the top of {@code rand_b}, seeded randomly each millisecond). Without it, children
 * created together (a new human's emails) would come back from a query ordered by
 * {@code (created_at, id)} in random order.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long MAX_COUNTER = (1L << 42) - 1;

    private static long lastMillis = Long.MIN_VALUE;
    private static long counter;

    private Ids() {
    }

    public static UUID newId(Clock clock) {
        long millis = clock.millis();
        long count = nextCount(millis);
        long high = (millis << 16) | 0x7000L | (count >>> 30);
        long low = 0x8000000000000000L | ((count & 0x3FFFFFFFL) << 32) | (RANDOM.nextInt() & 0xFFFFFFFFL);
        return new UUID(high, low);
    }

    private static synchronized long nextCount(long millis) {
        if (millis == lastMillis && counter < MAX_COUNTER) {
            counter++;
        } else {
            // A new millisecond (or another clock): reseed with the top bit clear, leaving room to count.
            lastMillis = millis;
            counter = RANDOM.nextLong() >>> 23;
        }
        return counter;
    }
}

package com.humanscrm.adapters.http.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * So many events a minute per client (a token bucket each, refilled smoothly), held in memory by this
 * instance: with several instances, a client may get that many on each. The buckets of clients not
 * seen for a while are forgotten, and there are at most {@value #MAX_CLIENTS} of them. A client is its
 * address ({@code ctx.ip()}); for IPv6, its /64 ({@link ClientAddresses#rateLimitKey}).
 */
public final class RateLimiter {

    private static final int MAX_CLIENTS = 100_000;
    private static final Duration PERIOD = Duration.ofMinutes(1);

    private final int perMinute;
    // Kept longer than a bucket takes to fill up again, so that forgetting one never lets a client off early.
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(MAX_CLIENTS)
            .expireAfterAccess(PERIOD.multipliedBy(2))
            .build();

    public RateLimiter(int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("a rate limit must allow at least 1 a minute, not " + perMinute);
        }
        this.perMinute = perMinute;
    }

    /** Counts one event of this client's; refuses it when the client has had its share. */
    public void acquire(String client) {
        ConsumptionProbe probe = bucket(ClientAddresses.rateLimitKey(client)).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(seconds(probe.getNanosToWaitForRefill()));
        }
    }

    /** Refuses when this client has had its share, without counting anything. */
    public void requireRemaining(String client) {
        Bucket bucket = buckets.getIfPresent(ClientAddresses.rateLimitKey(client));
        if (bucket != null) {
            EstimationProbe probe = bucket.estimateAbilityToConsume(1);
            if (!probe.canBeConsumed()) {
                throw new RateLimitedException(seconds(probe.getNanosToWaitForRefill()));
            }
        }
    }

    /** Counts one event of this client's, whatever its share. */
    public void count(String client) {
        bucket(ClientAddresses.rateLimitKey(client)).tryConsume(1);
    }

    private Bucket bucket(String clientKey) {
        return buckets.get(clientKey, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, PERIOD).build())
                .build());
    }

    /** Whole seconds, rounded up, and at least one: Retry-After: 0 would invite an immediate retry. */
    private static long seconds(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1));
    }
}

package com.humanscrm.adapters.http;

/**
 * How often one client address may do what attackers repeat, a minute, on each instance.
 *
 * @param signInsPerMinute              requests to {@code /auth/google/login} and {@code /auth/google/callback}
 * @param failedAuthenticationsPerMinute unknown, revoked or expired API keys and session cookies; past it, every
 *                                      request needing a sign-in is refused until the share refills
 */
public record RateLimits(int signInsPerMinute, int failedAuthenticationsPerMinute) {

    public static final RateLimits DEFAULTS = new RateLimits(20, 10);

    public RateLimits {
        if (signInsPerMinute < 1 || failedAuthenticationsPerMinute < 1) {
            throw new IllegalArgumentException("rate limits must allow at least 1 a minute: " + signInsPerMinute + ", "
                    + failedAuthenticationsPerMinute);
        }
    }
}

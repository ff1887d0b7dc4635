package com.humanscrm.adapters.persistence.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Recently presented credentials (API keys, sessions) by the hash of their secret, so that
 * authenticating a request usually costs no query. Every instance forgets them all when
 * {@link CredentialChanges} hears of a committed change to any credential or colleague, and bypasses
 * the cache while it cannot hear; the time to live ({@code DatabaseSettings.credentialCacheTtl}) is
 * only a backstop.
 *
 * <p>Unknown secrets are not remembered: a new credential works at once, and guessing cannot fill the cache.
 *
 * @param <V> what a secret's hash finds
 */
public final class CredentialCache<V> {

    private static final int MAXIMUM_SIZE = 10_000;

    private final Cache<String, V> cache;
    private final CredentialChanges changes;

    public CredentialCache(Duration timeToLive, CredentialChanges changes) {
        this.cache = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(MAXIMUM_SIZE).build();
        this.changes = changes;
        changes.register(cache::invalidateAll);
    }

    public Optional<V> get(String secretHash, Function<String, Optional<V>> load) {
        if (!changes.listening()) {
            return load.apply(secretHash);
        }
        V cached = cache.getIfPresent(secretHash);
        if (cached != null) {
            return Optional.of(cached);
        }
        long before = changes.forgettings();
        Optional<V> loaded = load.apply(secretHash);
        loaded.ifPresent(credential -> {
            cache.put(secretHash, credential);
            // The load may have read the row just before a change committed and everything was
            // forgotten; keeping what it read would undo that forgetting.
            if (changes.forgettings() != before) {
                cache.invalidate(secretHash);
            }
        });
        return loaded;
    }
}

package com.humanscrm.adapters.persistence.apikey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.humanscrm.adapters.persistence.shared.JooqUnitOfWork;
import com.humanscrm.application.apikey.ApiKeyCredential;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The credentials of recently presented API keys, so that authenticating a request usually costs no
 * query. A change to any key or colleague on this instance forgets them all once it commits, so a
 * revocation, deactivation or demotion applies from the very next request here. Other instances are
 * not told: each keeps answering from its own cache for at most the time to live
 * ({@code DatabaseSettings.credentialCacheTtl}), which bounds how long a revoked key still works there.
 *
 * <p>Unknown secrets are not remembered: a new key works at once, and guessing cannot fill the cache.
 */
public final class CredentialCache {

    private static final int MAXIMUM_SIZE = 10_000;

    private final Cache<String, ApiKeyCredential> cache;
    private final JooqUnitOfWork unitOfWork;
    /** Counts the times everything was forgotten, so a load can tell that it raced with one. */
    private final AtomicLong forgettings = new AtomicLong();

    public CredentialCache(Duration timeToLive, JooqUnitOfWork unitOfWork) {
        this.cache = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(MAXIMUM_SIZE).build();
        this.unitOfWork = unitOfWork;
    }

    Optional<ApiKeyCredential> get(String secretHash, Function<String, Optional<ApiKeyCredential>> load) {
        ApiKeyCredential cached = cache.getIfPresent(secretHash);
        if (cached != null) {
            return Optional.of(cached);
        }
        long before = forgettings.get();
        Optional<ApiKeyCredential> loaded = load.apply(secretHash);
        loaded.ifPresent(credential -> {
            cache.put(secretHash, credential);
            // The load may have read the row just before a change committed and forgot everything;
            // keeping what it read would undo that forgetting until the entry expires.
            if (forgettings.get() != before) {
                cache.invalidate(secretHash);
            }
        });
        return loaded;
    }

    /** Forgets every credential once the current transaction commits. */
    public void forgetAllAfterCommit() {
        unitOfWork.afterCommit(() -> {
            forgettings.incrementAndGet();
            cache.invalidateAll();
        });
    }
}

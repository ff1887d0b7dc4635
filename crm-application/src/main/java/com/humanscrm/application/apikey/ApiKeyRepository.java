package com.humanscrm.application.apikey;

import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.apikey.ApiKey;
import com.humanscrm.domain.apikey.ApiKeyId;
import com.humanscrm.domain.colleague.ColleagueId;
import java.time.Instant;
import java.util.Optional;

public interface ApiKeyRepository {

    Optional<ApiKey> findById(ApiKeyId id);

    /**
     * The key, held for a change until the transaction ends: concurrent changes and deletes of it wait,
     * then see what this one did (so of two deletes the second finds nothing, and a stale version is
     * refused rather than overwritten). Every use case that changes or deletes it loads it this way.
     */
    Optional<ApiKey> findForChange(ApiKeyId id);

    void add(ApiKey key);

    /** Refuses a stale version with a {@code CONCURRENT_MODIFICATION} conflict. */
    void update(ApiKey key);

    /** Newest first; only the keys of {@code colleagueId} when given. */
    Page<ApiKey> list(ColleagueId colleagueId, PageRequest page);

    /**
     * The key with this secret hash, with its colleague as they are now. Asked on every request:
     * implementations may answer from a cache, but must forget a key or colleague once a change to
     * it commits on this instance, and within a documented bound on other instances.
     */
    Optional<ApiKeyCredential> findCredential(String secretHash);

    /** Notes that a key was used; implementations may write it later, in batches, off the request path. */
    void recordUse(ApiKeyId id, Instant at);
}

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

package com.humanscrm.application.idempotency;

import com.humanscrm.domain.colleague.ColleagueId;
import java.time.Instant;
import java.util.Optional;

/**
 * The idempotency keys colleagues sent with their requests, and the first response to each. Every
 * method commits on its own, outside any unit of work: a claim must be seen by a concurrent request
 * at once, not when the use case it guards commits.
 */
public interface IdempotencyStore {

    /**
     * Claims {@code key} for a request with this fingerprint, atomically: when the colleague holds no
     * entry under it, or only one created before {@code liveSince} (expired), stores a new entry, in
     * progress, and answers empty. Otherwise answers the entry that holds the key, untouched. Of two
     * concurrent claims of one key, exactly one gets empty.
     */
    Optional<Entry> claim(ColleagueId colleagueId, String key, Fingerprint fingerprint, Instant now, Instant liveSince);

    /** Stores the first response of the entry in progress under {@code key}; nothing if there is none. */
    void complete(ColleagueId colleagueId, String key, FirstResponse response);

    /** Forgets the entry in progress under {@code key}, so the key can be claimed again; a completed one stays. */
    void release(ColleagueId colleagueId, String key);

    /** What a key holds: the request's fingerprint and, once it completed, its first response ({@code null} before). */
    record Entry(Fingerprint fingerprint, Instant createdAt, FirstResponse response) {

        public boolean inProgress() {
            return response == null;
        }
    }
}

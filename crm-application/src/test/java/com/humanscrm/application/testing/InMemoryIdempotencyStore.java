package com.humanscrm.application.testing;

import com.humanscrm.application.idempotency.Fingerprint;
import com.humanscrm.application.idempotency.FirstResponse;
import com.humanscrm.application.idempotency.IdempotencyStore;
import com.humanscrm.domain.colleague.ColleagueId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Idempotency keys in a map; each operation is atomic per key, as the database's primary key makes it. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private record Id(ColleagueId colleagueId, String key) {
    }

    private final Map<Id, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<Entry> claim(ColleagueId colleagueId, String key, Fingerprint fingerprint, Instant now, Instant liveSince) {
        Entry[] held = new Entry[1];
        entries.compute(new Id(colleagueId, key), (id, entry) -> {
            if (entry == null || entry.createdAt().isBefore(liveSince)) {
                return new Entry(fingerprint, now, null);
            }
            held[0] = entry;
            return entry;
        });
        return Optional.ofNullable(held[0]);
    }

    @Override
    public void complete(ColleagueId colleagueId, String key, FirstResponse response) {
        entries.computeIfPresent(new Id(colleagueId, key), (id, entry) ->
                entry.inProgress() ? new Entry(entry.fingerprint(), entry.createdAt(), response) : entry);
    }

    @Override
    public void release(ColleagueId colleagueId, String key) {
        entries.computeIfPresent(new Id(colleagueId, key), (id, entry) -> entry.inProgress() ? null : entry);
    }

    /** How many keys are held, in progress or completed. */
    public int size() {
        return entries.size();
    }
}

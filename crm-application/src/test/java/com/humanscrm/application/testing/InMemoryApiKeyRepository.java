package com.humanscrm.application.testing;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.apikey.ApiKeyCredential;
import com.humanscrm.application.apikey.ApiKeyRepository;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.apikey.ApiKey;
import com.humanscrm.domain.apikey.ApiKeyId;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.shared.ConflictException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** API keys joined to the colleagues of the given repository, as the database joins them. */
public final class InMemoryApiKeyRepository implements ApiKeyRepository {

    private final Map<ApiKeyId, ApiKey> keys = new ConcurrentHashMap<>();
    private final Map<ApiKeyId, Instant> lastUsed = new ConcurrentHashMap<>();
    private final ColleagueRepository colleagues;

    public InMemoryApiKeyRepository(ColleagueRepository colleagues) {
        this.colleagues = colleagues;
    }

    /** Nothing to wait for in the fake: the races this lock settles are proven on PostgreSQL. */
    @Override
    public Optional<ApiKey> findForChange(ApiKeyId id) {
        return findById(id);
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return Optional.ofNullable(keys.get(id)).map(this::withLastUse);
    }

    @Override
    public void add(ApiKey key) {
        keys.put(key.id(), key);
    }

    @Override
    public void update(ApiKey key) {
        ApiKey stored = keys.get(key.id());
        if (stored == null || stored.version() != key.version() - 1) {
            throw ConflictException.concurrentModification(RecordKind.API_KEY, key.id());
        }
        keys.put(key.id(), key);
    }

    @Override
    public Page<ApiKey> list(ColleagueId colleagueId, PageRequest page) {
        return InMemoryPages.page(
                keys.values().stream().filter(key -> colleagueId == null || key.colleagueId().equals(colleagueId))
                        .map(this::withLastUse).toList(),
                new InMemoryPages.Order<>("-createdAt", true, ApiKey::createdAt, Instant::toString, Instant::parse,
                        key -> key.id().value()), page);
    }

    @Override
    public Optional<ApiKeyCredential> findCredential(String secretHash) {
        return keys.values().stream().filter(key -> key.secretHash().equals(secretHash)).findFirst()
                .map(this::withLastUse)
                .flatMap(key -> colleagues.findById(key.colleagueId()).map(colleague -> new ApiKeyCredential(key, colleague)));
    }

    @Override
    public void recordUse(ApiKeyId id, Instant at) {
        lastUsed.put(id, at);
    }

    private ApiKey withLastUse(ApiKey key) {
        Instant used = lastUsed.get(key.id());
        return used == null ? key : new ApiKey(key.id(), key.colleagueId(), key.name(), key.role(), key.secretHash(),
                key.prefix(), key.expiresAt(), key.revokedAt(), used, key.version(), key.createdAt(), key.updatedAt());
    }
}

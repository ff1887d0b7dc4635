package com.humanscrm.adapters.persistence.apikey;

import com.humanscrm.domain.shared.RecordKind;
import static com.humanscrm.adapters.persistence.jooq.Tables.API_KEYS;
import static com.humanscrm.adapters.persistence.jooq.Tables.COLLEAGUES;

import com.humanscrm.adapters.persistence.colleague.ColleagueRows;
import com.humanscrm.adapters.persistence.jooq.tables.records.ApiKeysRecord;
import com.humanscrm.adapters.persistence.shared.Conflicts;
import com.humanscrm.adapters.persistence.shared.CredentialCache;
import com.humanscrm.adapters.persistence.shared.CredentialChanges;
import com.humanscrm.adapters.persistence.shared.Keyset;
import com.humanscrm.adapters.persistence.shared.LastUses;
import com.humanscrm.application.apikey.ApiKeyCredential;
import com.humanscrm.application.apikey.ApiKeyRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.apikey.ApiKey;
import com.humanscrm.domain.apikey.ApiKeyId;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.colleague.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * API keys. Authentication reads them through a {@link CredentialCache} and reports uses to
 * {@link LastUses}, so a request presenting a key usually touches the database not at all; every
 * change is announced through {@link CredentialChanges}, so no instance keeps answering with the old key.
 */
public final class JooqApiKeyRepository implements ApiKeyRepository {


    private final DSLContext dsl;
    private final CredentialChanges changes;
    private final CredentialCache<ApiKeyCredential> credentials;
    private final LastUses<ApiKeysRecord> lastUses;

    public JooqApiKeyRepository(DSLContext dsl, CredentialChanges changes, Duration cacheTimeToLive,
                                LastUses<ApiKeysRecord> lastUses) {
        this.dsl = dsl;
        this.changes = changes;
        this.credentials = new CredentialCache<>(cacheTimeToLive, changes);
        this.lastUses = lastUses;
    }

    /** Where the last uses of keys wait to be written, one batch per {@code flushInterval}. */
    public static LastUses<ApiKeysRecord> lastUses(DSLContext dsl, Duration flushInterval) {
        return new LastUses<>("crm-api-key-last-used", dsl, API_KEYS.ID, API_KEYS.LAST_USED_AT, flushInterval);
    }

    @Override
    public Optional<ApiKey> findForChange(ApiKeyId id) {
        // One row, no children: the row lock and the read are one statement.
        return dsl.selectFrom(API_KEYS).where(API_KEYS.ID.eq(id.value())).forNoKeyUpdate().fetchOptional(this::keyWithPendingUse);
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return dsl.selectFrom(API_KEYS).where(API_KEYS.ID.eq(id.value())).fetchOptional(this::keyWithPendingUse);
    }

    @Override
    public void add(ApiKey key) {
        Conflicts.refuseDuplicate(() -> dsl.insertInto(API_KEYS).set(row(key)).execute(),
                constraint -> "The API key " + key.id() + " exists already");
    }

    @Override
    public void update(ApiKey key) {
        // last_used_at belongs to LastUses: the key read before this change may hold an older one.
        Conflicts.updateIfCurrent(dsl, row(key), API_KEYS.ID, API_KEYS.VERSION, RecordKind.API_KEY, API_KEYS.LAST_USED_AT);
        changes.announce();
    }

    @Override
    public Page<ApiKey> list(ColleagueId colleagueId, PageRequest page) {
        Keyset<ApiKey, ?> order = Keyset.byInstant("-createdAt", API_KEYS.CREATED_AT, API_KEYS.ID, true,
                ApiKey::createdAt, key -> key.id().value());
        Condition filter = colleagueId == null ? DSL.noCondition() : API_KEYS.COLLEAGUE_ID.eq(colleagueId.value());
        return order.page(
                dsl.selectFrom(API_KEYS)
                        .where(filter, order.after(page.cursor()))
                        .orderBy(order.orderBy())
                        .limit(order.rowsToFetch(page))
                        .fetch(this::keyWithPendingUse),
                page, () -> dsl.fetchCount(API_KEYS, filter));
    }

    @Override
    public Optional<ApiKeyCredential> findCredential(String secretHash) {
        return credentials.get(secretHash, hash -> dsl.select(API_KEYS, COLLEAGUES)
                .from(API_KEYS)
                .join(COLLEAGUES).on(COLLEAGUES.ID.eq(API_KEYS.COLLEAGUE_ID))
                .where(API_KEYS.SECRET_HASH.eq(hash))
                .fetchOptional(found -> new ApiKeyCredential(key(found.value1()), ColleagueRows.colleague(found.value2()))));
    }

    @Override
    public void recordUse(ApiKeyId id, Instant at) {
        lastUses.record(id.value(), at);
    }

    private ApiKey keyWithPendingUse(ApiKeysRecord row) {
        ApiKey key = key(row);
        Instant used = lastUses.latest(key.id().value(), key.lastUsedAt());
        return used == key.lastUsedAt() ? key : new ApiKey(key.id(), key.colleagueId(), key.name(), key.role(),
                key.secretHash(), key.prefix(), key.expiresAt(), key.revokedAt(), used, key.version(), key.createdAt(),
                key.updatedAt());
    }

    private static ApiKey key(ApiKeysRecord row) {
        return new ApiKey(new ApiKeyId(row.getId()), new ColleagueId(row.getColleagueId()), row.getName(),
                Role.fromWireName(row.getRole(), "role"), row.getSecretHash(), row.getPrefix(), row.getExpiresAt(),
                row.getRevokedAt(), row.getLastUsedAt(), row.getVersion(), row.getCreatedAt(), row.getUpdatedAt());
    }

    private static ApiKeysRecord row(ApiKey key) {
        return new ApiKeysRecord(key.id().value(), key.colleagueId().value(), key.name(), key.role().wireName(),
                key.secretHash(), key.prefix(), key.expiresAt(), key.revokedAt(), key.lastUsedAt(), key.version(),
                key.createdAt(), key.updatedAt());
    }
}

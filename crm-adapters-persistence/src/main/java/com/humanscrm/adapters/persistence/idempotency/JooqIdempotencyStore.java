package com.humanscrm.adapters.persistence.idempotency;

import static com.humanscrm.adapters.persistence.jooq.Tables.IDEMPOTENCY_KEYS;

import com.humanscrm.adapters.persistence.shared.Outages;
import com.humanscrm.adapters.persistence.shared.RenderedQuery;
import com.humanscrm.adapters.persistence.jooq.tables.records.IdempotencyKeysRecord;
import com.humanscrm.application.idempotency.Fingerprint;
import com.humanscrm.application.idempotency.FirstResponse;
import com.humanscrm.application.idempotency.IdempotencyStore;
import com.humanscrm.domain.colleague.ColleagueId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Idempotency keys in PostgreSQL, outside units of work: a claim and a release each commit on their
 * own, a settlement in a transaction of its own, and the primary key decides races: a claim is one
 * {@code insert … on conflict}.
 */
public final class JooqIdempotencyStore implements IdempotencyStore {

    /** A claim loses its conflict, then finds the entry released before it could read it: try again, this often. */
    private static final int CLAIM_ATTEMPTS = 5;
    private static final String HEADER_SEPARATOR = ": ";

    /**
     * Rendered once: a POST claims and settles its key, and rendering these two with jOOQ was a third of
     * the CPU the idempotency of a POST cost (docs/performance.md). Inserts, or takes over an expired
     * entry; an entry still live is left as it is, and no row comes back.
     */
    private static final RenderedQuery CLAIM = new RenderedQuery(DSL.insertInto(IDEMPOTENCY_KEYS)
            .set(IDEMPOTENCY_KEYS.COLLEAGUE_ID, DSL.param("colleagueId", IDEMPOTENCY_KEYS.COLLEAGUE_ID))
            .set(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY, DSL.param("key", IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY))
            .set(IDEMPOTENCY_KEYS.FINGERPRINT, DSL.param("fingerprint", IDEMPOTENCY_KEYS.FINGERPRINT))
            .set(IDEMPOTENCY_KEYS.CREATED_AT, DSL.param("createdAt", IDEMPOTENCY_KEYS.CREATED_AT))
            .onConflict(IDEMPOTENCY_KEYS.COLLEAGUE_ID, IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY)
            .doUpdate()
            .set(IDEMPOTENCY_KEYS.FINGERPRINT, DSL.param("fingerprint", IDEMPOTENCY_KEYS.FINGERPRINT))
            .set(IDEMPOTENCY_KEYS.CREATED_AT, DSL.param("createdAt", IDEMPOTENCY_KEYS.CREATED_AT))
            .set(IDEMPOTENCY_KEYS.RESPONSE_STATUS, DSL.inline(null, IDEMPOTENCY_KEYS.RESPONSE_STATUS))
            .set(IDEMPOTENCY_KEYS.RESPONSE_HEADERS, DSL.inline(null, IDEMPOTENCY_KEYS.RESPONSE_HEADERS))
            .set(IDEMPOTENCY_KEYS.RESPONSE_BODY, DSL.inline(null, IDEMPOTENCY_KEYS.RESPONSE_BODY))
            .where(IDEMPOTENCY_KEYS.CREATED_AT.lt(DSL.param("liveSince", IDEMPOTENCY_KEYS.CREATED_AT))));

    private static final RenderedQuery COMPLETE = new RenderedQuery(DSL.update(IDEMPOTENCY_KEYS)
            .set(IDEMPOTENCY_KEYS.RESPONSE_STATUS, DSL.param("status", IDEMPOTENCY_KEYS.RESPONSE_STATUS))
            .set(IDEMPOTENCY_KEYS.RESPONSE_HEADERS, DSL.param("headers", IDEMPOTENCY_KEYS.RESPONSE_HEADERS))
            .set(IDEMPOTENCY_KEYS.RESPONSE_BODY, DSL.param("body", IDEMPOTENCY_KEYS.RESPONSE_BODY))
            .where(IDEMPOTENCY_KEYS.COLLEAGUE_ID.eq(DSL.param("colleagueId", IDEMPOTENCY_KEYS.COLLEAGUE_ID)),
                    IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(DSL.param("key", IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY)),
                    IDEMPOTENCY_KEYS.RESPONSE_STATUS.isNull()));

    private final DSLContext dsl;

    public JooqIdempotencyStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Entry> claim(ColleagueId colleagueId, String key, Fingerprint fingerprint, Instant now, Instant liveSince) {
        for (int attempt = 1; attempt <= CLAIM_ATTEMPTS; attempt++) {
            OffsetDateTime createdAt = utc(now);
            int claimed = CLAIM.execute(dsl, colleagueId.value(), key, fingerprint.sha256(), createdAt,
                    fingerprint.sha256(), createdAt, utc(liveSince));
            if (claimed == 1) {
                return Optional.empty();
            }
            Optional<Entry> held = dsl.selectFrom(IDEMPOTENCY_KEYS)
                    .where(entry(colleagueId, key))
                    .fetchOptional(JooqIdempotencyStore::entry);
            if (held.isPresent()) {
                return held;
            }
        }
        throw new IllegalStateException("Could not claim an idempotency key in " + CLAIM_ATTEMPTS + " attempts");
    }

    @Override
    public void complete(ColleagueId colleagueId, String key, FirstResponse response) {
        withoutWaitingForTheDisk(sql -> COMPLETE.execute(sql, response.status(),
                response.kept() ? headerLines(response.headers()) : null, response.body(), colleagueId.value(), key));
    }

    @Override
    public void release(ColleagueId colleagueId, String key) {
        dsl.deleteFrom(IDEMPOTENCY_KEYS)
                .where(entry(colleagueId, key), IDEMPOTENCY_KEYS.RESPONSE_STATUS.isNull())
                .execute();
    }

    /**
     * A settlement commits without waiting for its WAL to reach the disk, which saves a POST one of its
     * three waits (claim, use case, settlement). A settlement lost in a crash of the database leaves the
     * key refusing retries (409) until it expires, as a crash of the server between the use case and the
     * settlement would; the claim, a single statement that may wait for a rival's, stays as it is.
     */
    private void withoutWaitingForTheDisk(Consumer<DSLContext> work) {
        try {
            dsl.transaction(transaction -> {
                transaction.dsl().execute("set local synchronous_commit to off");
                work.accept(transaction.dsl());
            });
        } catch (DataAccessException e) {
            throw Outages.translate(e);
        }
    }

    /** Deletes the entries created before {@code cutoff}, which count as unknown anyway; returns how many. */
    int purgeCreatedBefore(Instant cutoff) {
        return dsl.deleteFrom(IDEMPOTENCY_KEYS).where(IDEMPOTENCY_KEYS.CREATED_AT.lt(cutoff)).execute();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Condition entry(ColleagueId colleagueId, String key) {
        return IDEMPOTENCY_KEYS.COLLEAGUE_ID.eq(colleagueId.value()).and(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(key));
    }

    private static Entry entry(IdempotencyKeysRecord row) {
        FirstResponse response = null;
        if (row.getResponseStatus() != null) {
            response = row.getResponseBody() == null
                    ? FirstResponse.notKept(row.getResponseStatus())
                    : new FirstResponse(row.getResponseStatus(), headers(row.getResponseHeaders()), row.getResponseBody());
        }
        return new Entry(new Fingerprint(row.getFingerprint()), row.getCreatedAt(), response);
    }

    private static String[] headerLines(Map<String, String> headers) {
        return headers.entrySet().stream()
                .map(header -> header.getKey() + HEADER_SEPARATOR + header.getValue())
                .toArray(String[]::new);
    }

    /** A header's name holds no colon, so the first separator ends it. A kept response always has its lines. */
    private static Map<String, String> headers(String[] lines) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : lines) {
            int separator = line.indexOf(HEADER_SEPARATOR);
            headers.put(line.substring(0, separator), line.substring(separator + HEADER_SEPARATOR.length()));
        }
        return headers;
    }
}

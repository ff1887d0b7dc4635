package com.humanscrm.adapters.persistence.session;

import static com.humanscrm.adapters.persistence.jooq.Tables.COLLEAGUES;
import static com.humanscrm.adapters.persistence.jooq.Tables.SESSIONS;

import com.humanscrm.adapters.persistence.colleague.ColleagueRows;
import com.humanscrm.adapters.persistence.jooq.tables.records.SessionsRecord;
import com.humanscrm.adapters.persistence.shared.Conflicts;
import com.humanscrm.adapters.persistence.shared.CredentialCache;
import com.humanscrm.adapters.persistence.shared.CredentialChanges;
import com.humanscrm.adapters.persistence.shared.Keyset;
import com.humanscrm.adapters.persistence.shared.LastUses;
import com.humanscrm.application.session.SessionCredential;
import com.humanscrm.application.session.SessionRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.session.Session;
import com.humanscrm.domain.session.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Browser sessions. Authentication reads them through a {@link CredentialCache} and reports uses to
 * {@link LastUses}, so a request with a session cookie usually touches the database not at all. A
 * removal is announced through {@link CredentialChanges}, so a signed-out or revoked session is refused
 * on every instance from the next request on.
 */
public final class JooqSessionRepository implements SessionRepository {

    private final DSLContext dsl;
    private final CredentialChanges changes;
    private final CredentialCache<SessionCredential> credentials;
    private final LastUses<SessionsRecord> lastSeen;

    public JooqSessionRepository(DSLContext dsl, CredentialChanges changes, Duration cacheTimeToLive,
                                 LastUses<SessionsRecord> lastSeen) {
        this.dsl = dsl;
        this.changes = changes;
        this.credentials = new CredentialCache<>(cacheTimeToLive, changes);
        this.lastSeen = lastSeen;
    }

    /** Where the last-seen times of sessions wait to be written, one batch per {@code flushInterval}. */
    public static LastUses<SessionsRecord> lastSeen(DSLContext dsl, Duration flushInterval) {
        return new LastUses<>("crm-session-last-seen", dsl, SESSIONS.ID, SESSIONS.LAST_SEEN_AT, flushInterval);
    }

    @Override
    public void add(Session session) {
        Conflicts.refuseDuplicate(() -> dsl.insertInto(SESSIONS).set(row(session)).execute(),
                constraint -> "The session " + session.id() + " exists already");
    }

    @Override
    public Optional<Session> findById(SessionId id) {
        return dsl.selectFrom(SESSIONS).where(SESSIONS.ID.eq(id.value())).fetchOptional(this::sessionWithPendingUse);
    }

    @Override
    public Optional<SessionCredential> findCredential(String tokenHash) {
        return credentials.get(tokenHash, hash -> dsl.select(SESSIONS, COLLEAGUES)
                .from(SESSIONS)
                .join(COLLEAGUES).on(COLLEAGUES.ID.eq(SESSIONS.COLLEAGUE_ID))
                .where(SESSIONS.TOKEN_HASH.eq(hash))
                .fetchOptional(found -> new SessionCredential(session(found.value1()), ColleagueRows.colleague(found.value2()))));
    }

    @Override
    public boolean remove(SessionId id) {
        boolean removed = dsl.deleteFrom(SESSIONS).where(SESSIONS.ID.eq(id.value())).execute() > 0;
        if (removed) {
            changes.announce();
        }
        return removed;
    }

    @Override
    public Page<Session> listActive(ColleagueId colleagueId, Instant now, PageRequest page) {
        Keyset<Session, ?> order = Keyset.byInstant("-createdAt", SESSIONS.CREATED_AT, SESSIONS.ID, true,
                Session::createdAt, session -> session.id().value());
        Condition filter = SESSIONS.COLLEAGUE_ID.eq(colleagueId.value()).and(SESSIONS.EXPIRES_AT.gt(now));
        return order.page(
                dsl.selectFrom(SESSIONS)
                        .where(filter, order.after(page.cursor()))
                        .orderBy(order.orderBy())
                        .limit(order.rowsToFetch(page))
                        .fetch(this::sessionWithPendingUse),
                page, () -> dsl.fetchCount(SESSIONS, filter));
    }

    @Override
    public void recordSeen(SessionId id, Instant at) {
        lastSeen.record(id.value(), at);
    }

    /** Deletes the sessions expired at {@code now}, which no look-up accepts anyway; returns how many. */
    int purgeExpired(Instant now) {
        return dsl.deleteFrom(SESSIONS).where(SESSIONS.EXPIRES_AT.le(now)).execute();
    }

    private Session sessionWithPendingUse(SessionsRecord row) {
        Session session = session(row);
        Instant seen = lastSeen.latest(session.id().value(), session.lastSeenAt());
        return seen == session.lastSeenAt() ? session : new Session(session.id(), session.colleagueId(),
                session.tokenHash(), session.createdAt(), session.expiresAt(), seen, session.userAgent(), session.clientIp());
    }

    private static Session session(SessionsRecord row) {
        return new Session(new SessionId(row.getId()), new ColleagueId(row.getColleagueId()), row.getTokenHash(),
                row.getCreatedAt(), row.getExpiresAt(), row.getLastSeenAt(), row.getUserAgent(), row.getClientIp());
    }

    private static SessionsRecord row(Session session) {
        return new SessionsRecord(session.id().value(), session.colleagueId().value(), session.tokenHash(),
                session.createdAt(), session.expiresAt(), session.lastSeenAt(), session.userAgent(), session.clientIp());
    }
}

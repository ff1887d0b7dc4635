package com.humanscrm.application.testing;

import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.session.SessionCredential;
import com.humanscrm.application.session.SessionRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.session.Session;
import com.humanscrm.domain.session.SessionId;
import com.humanscrm.domain.shared.ConflictException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions joined to the colleagues of the given repository as they are now, as the database joins
 * them (so a role change or a deactivation shows on the next look-up); last-seen times written at once.
 */
public final class InMemorySessionRepository implements SessionRepository {

    private final Map<SessionId, Session> sessions = new ConcurrentHashMap<>();
    private final ColleagueRepository colleagues;
    private int seenRecorded;

    public InMemorySessionRepository(ColleagueRepository colleagues) {
        this.colleagues = colleagues;
    }

    @Override
    public synchronized void add(Session session) {
        boolean taken = sessions.values().stream()
                .anyMatch(stored -> stored.id().equals(session.id()) || stored.tokenHash().equals(session.tokenHash()));
        if (taken) {
            throw ConflictException.duplicate("A session with this id or token exists already");
        }
        sessions.put(session.id(), session);
    }

    @Override
    public Optional<Session> findById(SessionId id) {
        return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public Optional<SessionCredential> findCredential(String tokenHash) {
        return sessions.values().stream().filter(session -> session.tokenHash().equals(tokenHash)).findFirst()
                .flatMap(session -> colleagues.findById(session.colleagueId())
                        .map(colleague -> new SessionCredential(session, colleague)));
    }

    @Override
    public boolean remove(SessionId id) {
        return sessions.remove(id) != null;
    }

    @Override
    public Page<Session> listActive(ColleagueId colleagueId, Instant now, PageRequest page) {
        return InMemoryPages.page(
                sessions.values().stream()
                        .filter(session -> session.colleagueId().equals(colleagueId) && session.activeAt(now)).toList(),
                new InMemoryPages.Order<>("-createdAt", true, Session::createdAt, Instant::toString, Instant::parse,
                        session -> session.id().value()), page);
    }

    @Override
    public synchronized void recordSeen(SessionId id, Instant at) {
        seenRecorded++;
        sessions.computeIfPresent(id, (key, session) -> at.isAfter(session.lastSeenAt())
                ? new Session(session.id(), session.colleagueId(), session.tokenHash(), session.createdAt(),
                        session.expiresAt(), at, session.userAgent(), session.clientIp())
                : session);
    }

    /** Every stored session, ended or not, in no particular order. */
    public List<Session> all() {
        return List.copyOf(sessions.values());
    }

    /** How often {@link #recordSeen} was called. */
    public synchronized int seenRecorded() {
        return seenRecorded;
    }
}

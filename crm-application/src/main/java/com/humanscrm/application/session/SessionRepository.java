package com.humanscrm.application.session;

import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.session.Session;
import com.humanscrm.domain.session.SessionId;

import java.time.Instant;
import java.util.Optional;

/** Browser sessions. Only a hash of each session's token is stored. */
public interface SessionRepository {

    void add(Session session);

    Optional<Session> findById(SessionId id);

    /**
     * The session with this token hash, with its colleague as they are now. Asked on every request
     * carrying a session cookie: implementations may answer from a cache, but once a session ends or a
     * colleague changes (role, deactivation) and that commits, every instance must stop answering with
     * the old state from the next request on (or within a bound they document).
     */
    Optional<SessionCredential> findCredential(String tokenHash);

    /** Removes the session; returns whether there was one. */
    boolean remove(SessionId id);

    /** The colleague's sessions that have not expired at {@code now}, most recently started first. */
    Page<Session> listActive(ColleagueId colleagueId, Instant now, PageRequest page);

    /** Notes that a session was used; implementations may write it later, in batches, off the request path. */
    void recordSeen(SessionId id, Instant at);
}

package com.humanscrm.domain.session;

import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.shared.Ids;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A colleague signed in from a browser. Ends at {@link #LIFETIME} after it began, or earlier when they
 * sign out or an admin revokes it (the row is then removed).
 *
 * @param tokenHash the SHA-256 of the {@link SessionToken} in the browser's cookie
 * @param userAgent and {@code clientIp}: where it was started, to help a person recognise it; may be {@code null}
 */
public record Session(SessionId id, ColleagueId colleagueId, String tokenHash, Instant createdAt, Instant expiresAt,
                      Instant lastSeenAt, String userAgent, String clientIp) {

    public static final Duration LIFETIME = Duration.ofHours(24);
    /** Enough to tell browsers apart; the rest of a long user agent says nothing a person reads. */
    public static final int MAX_USER_AGENT_LENGTH = 500;

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(colleagueId, "colleagueId");
        if (tokenHash == null || !tokenHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A token hash is 64 lower-case hex digits");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        userAgent = printable(userAgent, MAX_USER_AGENT_LENGTH);
        clientIp = printable(clientIp, 100);
    }

    /** A new session for the colleague, whose browser will hold {@code token}. */
    public static Session start(ColleagueId colleagueId, SessionToken token, String userAgent, String clientIp, Clock clock) {
        Instant now = clock.instant();
        return new Session(new SessionId(Ids.newId(clock)), colleagueId, token.hash(), now, now.plus(LIFETIME), now,
                userAgent, clientIp);
    }

    public boolean activeAt(Instant instant) {
        return instant.isBefore(expiresAt);
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("colleagueId", colleagueId.toString());
        snapshot.put("expiresAt", expiresAt.toString());
        snapshot.put("userAgent", userAgent);
        snapshot.put("clientIp", clientIp);
        return snapshot;
    }

    /**
     * Header values come from the client: kept as shown, not refused (a sign-in must not fail over a
     * browser's odd user agent), so anything unprintable is dropped and the rest cut to a length.
     */
    private static String printable(String value, int maxLength) {
        if (value == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder();
        value.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.isDefined(c) && Character.getType(c) != Character.SURROGATE)
                .limit(maxLength)
                .forEach(kept::appendCodePoint);
        String result = kept.toString().strip();
        return result.isEmpty() ? null : result;
    }
}

package com.humanscrm.domain.apikey;

import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.RuleViolationException;
import com.humanscrm.domain.shared.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A credential for internal REST clients. It acts as its colleague, with a role no higher than
 * theirs. The secret itself is never kept: only its hash, and a short prefix to recognise it by.
 */
public record ApiKey(
        ApiKeyId id,
        ColleagueId colleagueId,
        String name,
        Role role,
        String secretHash,
        String prefix,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    /** The last instant a timestamp column can hold; a key meant to outlive it simply never expires. */
    static final Instant LATEST_EXPIRY = Instant.parse("9999-12-31T23:59:59Z");

    /** Every broken rule at once, each field once. */
    public ApiKey(ApiKeyId id, ColleagueId colleagueId, String name, Role role, String secretHash, String prefix,
                  Instant expiresAt, Instant revokedAt, Instant lastUsedAt, int version, Instant createdAt,
                  Instant updatedAt) {
        Violations problems = new Violations();
        this.id = Objects.requireNonNull(id, "id");
        this.colleagueId = Objects.requireNonNull(colleagueId, "colleagueId");
        this.name = problems.check(() -> Checks.text(name, "name", 1, 100));
        this.role = problems.check(() -> Checks.required(role, "role"));
        problems.throwIfAny();
        this.secretHash = Objects.requireNonNull(secretHash, "secretHash");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.expiresAt = expiresAt;
        this.revokedAt = revokedAt;
        this.lastUsedAt = lastUsedAt;
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * A new key for {@code owner}; refuses a role above the owner's and an expiry in the past, with every
     * other broken rule at once.
     */
    public static ApiKey create(ColleagueId owner, Role ownerRole, String name, Role role, Instant expiresAt,
                                ApiKeySecret secret, Clock clock) {
        Violations problems = new Violations();
        Role granted = problems.check(() -> granted(ownerRole, role));
        Instant now = clock.instant();
        problems.check(() -> checkExpiry(expiresAt, now));
        ApiKey key = problems.check(() -> new ApiKey(new ApiKeyId(Ids.newId(clock)), owner, name, granted, secret.hash(),
                secret.prefix(), expiresAt, null, null, 1, now, now));
        problems.throwIfAny();
        return key;
    }

    private static Role granted(Role ownerRole, Role asked) {
        Role granted = asked == null ? ownerRole : asked;
        if (!ownerRole.atLeast(granted)) {
            throw RuleViolationException.field("role", "must not be higher than the colleague's role (" + ownerRole.wireName() + ")");
        }
        return granted;
    }

    private static Instant checkExpiry(Instant expiresAt, Instant now) {
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw RuleViolationException.field("expiresAt", "must be in the future");
        }
        if (expiresAt != null && expiresAt.isAfter(LATEST_EXPIRY)) {
            throw RuleViolationException.field("expiresAt", "must be no later than " + LATEST_EXPIRY + "; omit it for a key that never expires");
        }
        return expiresAt;
    }

    public ApiKey revoke(Clock clock) {
        if (revokedAt != null) {
            return this;
        }
        Instant now = clock.instant();
        return new ApiKey(id, colleagueId, name, role, secretHash, prefix, expiresAt, now, lastUsedAt,
                version + 1, createdAt, now);
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("colleagueId", colleagueId.toString());
        snapshot.put("name", name);
        snapshot.put("role", role.wireName());
        snapshot.put("prefix", prefix);
        snapshot.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
        snapshot.put("revokedAt", revokedAt == null ? null : revokedAt.toString());
        return snapshot;
    }
}

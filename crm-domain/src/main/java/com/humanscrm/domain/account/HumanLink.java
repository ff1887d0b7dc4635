package com.humanscrm.domain.account;

import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.lookup.Label;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** A human linked to an account in a role (an item of the account-human roles list: Director, Broker). */
public record HumanLink(UUID id, HumanId humanId, Label role, Instant createdAt, Instant updatedAt) {

    public HumanLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(humanId, "humanId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Whether this link already gives {@code human} the {@code role}. */
    boolean gives(HumanId human, Label role) {
        return humanId.equals(human) && this.role.id().equals(role.id());
    }

    Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("id", id.toString());
        snapshot.put("humanId", humanId.toString());
        snapshot.put("roleId", role.id().toString());
        return snapshot;
    }
}

package com.humanscrm.domain.contact;

import com.humanscrm.domain.lookup.Label;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** One way of reaching a human (later an account): an email address or a phone number, labelled. */
public record ContactPoint<V extends ContactValue>(UUID id, V value, Label label, boolean primary,
                                                   Instant createdAt, Instant updatedAt) {

    public ContactPoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    ContactPoint<V> withPrimary(boolean value, Instant now) {
        return value == primary ? this : new ContactPoint<>(id, this.value, label, value, createdAt, now);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("id", id.toString());
        value.describeIn(snapshot);
        snapshot.put("label", label == null ? null : label.name());
        snapshot.put("isPrimary", primary);
        return snapshot;
    }
}

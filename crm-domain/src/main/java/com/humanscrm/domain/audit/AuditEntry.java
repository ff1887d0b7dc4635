package com.humanscrm.domain.audit;

import com.humanscrm.domain.shared.RecordKind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What changed, who changed it and when. {@code colleagueId} is {@code null} for changes made by
 * the system itself (the operator's command line); {@code apiKeyId} when the change came with an API key.
 */
public record AuditEntry(UUID id, Instant occurredAt, UUID colleagueId, UUID apiKeyId, AuditAction action,
                         RecordKind entityType, UUID entityId, Map<String, FieldChange> changes,
                         String requestId, String clientIp) {

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        changes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    /** Every field, from nothing to its value. */
    public static Map<String, FieldChange> created(Map<String, Object> snapshot) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        snapshot.forEach((field, value) -> changes.put(field, new FieldChange(null, value)));
        return changes;
    }

    /** Every field, from its value to nothing. */
    public static Map<String, FieldChange> deleted(Map<String, Object> snapshot) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        snapshot.forEach((field, value) -> changes.put(field, new FieldChange(value, null)));
        return changes;
    }

    /** Only the fields whose values differ. */
    public static Map<String, FieldChange> between(Map<String, Object> before, Map<String, Object> after) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            Object old = before.get(field);
            if (!Objects.equals(old, value)) {
                changes.put(field, new FieldChange(old, value));
            }
        });
        before.forEach((field, old) -> {
            if (!after.containsKey(field)) {
                changes.put(field, new FieldChange(old, null));
            }
        });
        return changes;
    }
}

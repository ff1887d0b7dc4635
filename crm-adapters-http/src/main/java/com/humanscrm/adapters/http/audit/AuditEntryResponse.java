package com.humanscrm.adapters.http.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.humanscrm.domain.audit.AuditEntry;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One change: who, when, from where, and each field's value before and after. */
record AuditEntryResponse(UUID id, Instant occurredAt, UUID colleagueId, UUID apiKeyId, String action,
                          String entityType, UUID entityId, Map<String, Change> changes, String requestId,
                          String clientIp) {

    static AuditEntryResponse from(AuditEntry entry) {
        Map<String, Change> changes = new LinkedHashMap<>();
        entry.changes().forEach((field, change) -> changes.put(field, new Change(change.oldValue(), change.newValue())));
        return new AuditEntryResponse(entry.id(), entry.occurredAt(), entry.colleagueId(), entry.apiKeyId(),
                entry.action().wireName(), entry.entityType().wireName(), entry.entityId(), changes, entry.requestId(),
                entry.clientIp());
    }

    /** {@code {"old": …, "new": …}}; {@code new} is a Java keyword, hence the explicit names. */
    record Change(@JsonProperty("old") Object oldValue, @JsonProperty("new") Object newValue) {
    }
}

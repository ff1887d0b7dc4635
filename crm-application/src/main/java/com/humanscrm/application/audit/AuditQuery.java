package com.humanscrm.application.audit;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.shared.PageRequest;
import java.util.UUID;

/** A record's history ({@code entityType} and {@code entityId}), or, when both are absent, the whole log. */
public record AuditQuery(RecordKind entityType, UUID entityId, PageRequest page) {

    public boolean global() {
        return entityType == null && entityId == null;
    }
}

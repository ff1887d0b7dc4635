package com.humanscrm.application.audit;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.audit.FieldChange;
import com.humanscrm.domain.shared.Ids;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** Writes the audit entry of a mutation; use cases call it inside their transaction. */
public final class AuditTrail {

    private final AuditLog log;
    private final Clock clock;

    public AuditTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void created(Actor actor, RecordKind entityType, UUID entityId, Map<String, Object> snapshot) {
        append(actor, AuditAction.CREATE, entityType, entityId, AuditEntry.created(snapshot));
    }

    public void updated(Actor actor, RecordKind entityType, UUID entityId, Map<String, Object> before, Map<String, Object> after) {
        Map<String, FieldChange> changes = AuditEntry.between(before, after);
        if (!changes.isEmpty()) {
            append(actor, AuditAction.UPDATE, entityType, entityId, changes);
        }
    }

    public void deleted(Actor actor, RecordKind entityType, UUID entityId, Map<String, Object> snapshot) {
        append(actor, AuditAction.DELETE, entityType, entityId, AuditEntry.deleted(snapshot));
    }

    private void append(Actor actor, AuditAction action, RecordKind entityType, UUID entityId, Map<String, FieldChange> changes) {
        log.append(new AuditEntry(Ids.newId(clock), clock.instant(),
                actor.colleagueId() == null ? null : actor.colleagueId().value(),
                actor.apiKeyId() == null ? null : actor.apiKeyId().value(),
                action, entityType, entityId, changes, actor.requestId(), actor.clientIp()));
    }
}

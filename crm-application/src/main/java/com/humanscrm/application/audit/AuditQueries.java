package com.humanscrm.application.audit;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.RuleViolationException;
import java.util.EnumSet;
import java.util.Set;

/**
 * A record's history is open to everyone who can view that record; the whole log, and the history of
 * colleagues and API keys, only to admins.
 */
public final class AuditQueries {

    /**
     * Colleagues and API keys are not CRM records: only admins may read them, so only admins may read
     * their history, which holds the same values (emails, Google ids, key prefixes).
     */
    private static final Set<RecordKind> ADMIN_ONLY_ENTITIES = EnumSet.of(RecordKind.COLLEAGUE, RecordKind.API_KEY);

    private final AuditLog log;

    public AuditQueries(AuditLog log) {
        this.log = log;
    }

    public Page<AuditEntry> list(Actor actor, AuditQuery query) {
        if ((query.entityType() == null) != (query.entityId() == null)) {
            throw RuleViolationException.form("entityType and entityId go together: give both, or neither for the whole log");
        }
        actor.require(query.global() || ADMIN_ONLY_ENTITIES.contains(query.entityType())
                ? Permission.ADMINISTER : Permission.VIEW_RECORDS);
        return log.list(query);
    }
}

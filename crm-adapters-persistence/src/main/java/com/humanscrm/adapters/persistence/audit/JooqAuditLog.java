package com.humanscrm.adapters.persistence.audit;

import com.humanscrm.domain.shared.RecordKind;
import static com.humanscrm.adapters.persistence.jooq.Tables.AUDIT_LOG;

import com.humanscrm.adapters.persistence.jooq.tables.records.AuditLogRecord;
import com.humanscrm.adapters.persistence.shared.Keyset;
import com.humanscrm.application.audit.AuditLog;
import com.humanscrm.application.audit.AuditQuery;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The audit log: appended to in the use case's transaction, read newest first. */
public final class JooqAuditLog implements AuditLog {

    private final DSLContext dsl;

    public JooqAuditLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void append(AuditEntry entry) {
        dsl.insertInto(AUDIT_LOG).set(row(entry)).execute();
    }

    @Override
    public Page<AuditEntry> list(AuditQuery query) {
        Keyset<AuditEntry, ?> order = Keyset.byInstant("-occurredAt", AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.ID, true,
                AuditEntry::occurredAt, AuditEntry::id);
        Condition filter = query.global()
                ? DSL.noCondition()
                : AUDIT_LOG.ENTITY_TYPE.eq(query.entityType().wireName()).and(AUDIT_LOG.ENTITY_ID.eq(query.entityId()));
        return order.page(
                dsl.selectFrom(AUDIT_LOG)
                        .where(filter, order.after(query.page().cursor()))
                        .orderBy(order.orderBy())
                        .limit(order.rowsToFetch(query.page()))
                        .fetch(JooqAuditLog::entry),
                query.page(), () -> dsl.fetchCount(AUDIT_LOG, filter));
    }

    private static AuditEntry entry(AuditLogRecord row) {
        return new AuditEntry(row.getId(), row.getOccurredAt(), row.getColleagueId(), row.getApiKeyId(),
                AuditAction.valueOf(row.getAction().toUpperCase(Locale.ROOT)),
                RecordKind.fromWireName(row.getEntityType(), "entityType"), row.getEntityId(),
                ChangesJson.read(row.getChanges()), row.getRequestId(), row.getClientIp());
    }

    private static AuditLogRecord row(AuditEntry entry) {
        return new AuditLogRecord(entry.id(), entry.occurredAt(), entry.colleagueId(), entry.apiKeyId(),
                entry.action().wireName(), entry.entityType().wireName(), entry.entityId(), ChangesJson.write(entry.changes()),
                entry.requestId(), entry.clientIp());
    }
}

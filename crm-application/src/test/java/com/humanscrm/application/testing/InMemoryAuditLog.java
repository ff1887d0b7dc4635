package com.humanscrm.application.testing;

import com.humanscrm.application.audit.AuditLog;
import com.humanscrm.application.audit.AuditQuery;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.audit.AuditEntry;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void append(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public Page<AuditEntry> list(AuditQuery query) {
        return InMemoryPages.page(
                entries.stream().filter(entry -> query.global()
                        || entry.entityType().equals(query.entityType()) && entry.entityId().equals(query.entityId())).toList(),
                new InMemoryPages.Order<>("-occurredAt", true, AuditEntry::occurredAt, Instant::toString, Instant::parse,
                        AuditEntry::id), query.page());
    }

    public List<AuditEntry> entries() {
        return List.copyOf(entries);
    }
}

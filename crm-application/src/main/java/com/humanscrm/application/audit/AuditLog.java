package com.humanscrm.application.audit;

import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.audit.AuditEntry;

/** Where audit entries are written (in the caller's transaction) and read back. */
public interface AuditLog {

    void append(AuditEntry entry);

    /** Newest first. */
    Page<AuditEntry> list(AuditQuery query);
}

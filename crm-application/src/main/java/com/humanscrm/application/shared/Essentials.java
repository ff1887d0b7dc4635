package com.humanscrm.application.shared;

import com.humanscrm.application.audit.AuditTrail;
import java.time.Clock;

/** What nearly every use case is made with: the transaction it owns, the audit trail it writes, and time. */
public record Essentials(UnitOfWork unitOfWork, AuditTrail audit, Clock clock) {
}

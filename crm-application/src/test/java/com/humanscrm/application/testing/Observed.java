package com.humanscrm.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.domain.audit.AuditEntry;
import java.util.List;
import java.util.function.Supplier;

/**
 * What one use-case call left behind: its result, how many transactions it opened and which audit
 * entries it wrote. A mutation must be one transaction with one audit entry; a no-op none at all.
 */
public record Observed<T>(T result, int transactions, List<AuditEntry> auditEntries) {

    public static <T> Observed<T> of(InMemoryCrm crm, Supplier<T> call) {
        int transactionsBefore = crm.unitOfWork.transactions();
        int entriesBefore = crm.auditLog.entries().size();
        T result = call.get();
        List<AuditEntry> entries = crm.auditLog.entries();
        return new Observed<>(result, crm.unitOfWork.transactions() - transactionsBefore,
                entries.subList(entriesBefore, entries.size()));
    }

    public static Observed<Void> ofVoid(InMemoryCrm crm, Runnable call) {
        return of(crm, () -> {
            call.run();
            return null;
        });
    }

    /** The mutation's audit entry, after checking it was the only one and written in a single transaction. */
    public AuditEntry onlyAuditEntry() {
        assertThat(transactions).as("transactions opened").isEqualTo(1);
        assertThat(auditEntries).as("audit entries written").hasSize(1);
        return auditEntries.getFirst();
    }

    /** Checks the call changed nothing anyone could see: nothing audited (at most the one transaction that found so). */
    public Observed<T> auditedNothing() {
        assertThat(transactions).as("transactions opened").isLessThanOrEqualTo(1);
        assertThat(auditEntries).as("audit entries written").isEmpty();
        return this;
    }
}

package com.humanscrm.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.FieldChange;
import com.humanscrm.domain.shared.RecordKind;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditTrailTest extends UseCaseTest {

    private final AuditTrail trail = new AuditTrail(crm.auditLog, crm.clock);
    private final UUID ada = UUID.randomUUID();

    @Test
    void anUpdateThatChangesNothingLeavesNoEntry() {
        int entriesBefore = crm.auditLog.entries().size();

        trail.updated(agent, RecordKind.HUMAN, ada, Map.of("firstName", "Ada"), Map.of("firstName", "Ada"));

        assertThat(crm.auditLog.entries()).hasSize(entriesBefore);
    }

    @Test
    void anUpdateRecordsOnlyTheFieldsThatChanged() {
        trail.updated(agent, RecordKind.HUMAN, ada, Map.of("firstName", "Ada", "lastName", "Lovelace"),
                Map.of("firstName", "Augusta", "lastName", "Lovelace"));

        assertAudit(crm.auditLog.entries().getLast(), AuditAction.UPDATE, RecordKind.HUMAN, ada, agent);
        assertThat(crm.auditLog.entries().getLast().changes())
                .containsExactly(Map.entry("firstName", new FieldChange("Ada", "Augusta")));
    }
}

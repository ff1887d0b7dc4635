package com.humanscrm.adapters.persistence.audit;

import com.humanscrm.domain.shared.RecordKind;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.application.audit.AuditLog;
import com.humanscrm.application.audit.AuditQuery;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.MutableClock;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.audit.FieldChange;
import com.humanscrm.domain.shared.Ids;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqAuditLogTest {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    private final MutableClock clock = MutableClock.startingAt("2025-06-01T15:00:00Z");
    private AuditLog auditLog;

    @BeforeEach
    void setUp() {
        auditLog = database.persistence().auditLog();
    }

    @Test
    void anEntryComesBackWithItsChangesAsPlainJsonValues() {
        Map<String, Object> email = new LinkedHashMap<>();
        email.put("email", "ada@example.com");
        email.put("label", null);
        email.put("isPrimary", true);
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        changes.put("firstName", new FieldChange(null, "Ada"));
        changes.put("middleName", new FieldChange("Augusta", null));
        changes.put("weightKg", new FieldChange(12, 12.5));
        changes.put("isActive", new FieldChange(true, false));
        changes.put("types", new FieldChange(List.of("client"), List.of("client", "trainer")));
        changes.put("emails", new FieldChange(List.of(), List.of(email)));
        AuditEntry entry = new AuditEntry(Ids.newId(clock), clock.instant(), null, null, AuditAction.UPDATE, RecordKind.HUMAN,
                Ids.newId(clock), changes, "req-1", "203.0.113.7");

        auditLog.append(entry);

        Page<AuditEntry> history = auditLog.list(new AuditQuery(RecordKind.HUMAN, entry.entityId(), PageRequest.first(10)));
        assertThat(history.items()).singleElement().usingRecursiveComparison().isEqualTo(entry);
        assertThat(history.items().getFirst().changes().get("emails").newValue())
                .isEqualTo(List.of(new HashMap<>(email)));
    }

    @Test
    void aRecordsHistoryComesNewestFirstPageByPageAndOnlyItsOwn() {
        UUID human = Ids.newId(clock);
        List<AuditEntry> appended = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            appended.add(append(RecordKind.HUMAN, human, i));
            append(RecordKind.HUMAN, Ids.newId(clock), i);
            append(RecordKind.ACCOUNT, human, i);
        }

        List<AuditEntry> listed = new ArrayList<>();
        PageRequest request = new PageRequest(2, null, true);
        Page<AuditEntry> page;
        do {
            page = auditLog.list(new AuditQuery(RecordKind.HUMAN, human, request));
            assertThat(page.total()).isEqualTo(5);
            listed.addAll(page.items());
            request = new PageRequest(2, page.nextCursor(), true);
        } while (page.nextCursor() != null);

        assertThat(listed).extracting(AuditEntry::id)
                .containsExactlyElementsOf(appended.reversed().stream().map(AuditEntry::id).toList());
    }

    @Test
    void theGlobalLogHasEveryRecordsEntriesNewestFirst() {
        clock.advance(Duration.ofDays(365));
        AuditEntry older = append(RecordKind.LOOKUP_ITEM, Ids.newId(clock), 1);
        AuditEntry newer = append(RecordKind.COLLEAGUE, Ids.newId(clock), 2);

        Page<AuditEntry> page = auditLog.list(new AuditQuery(null, null, new PageRequest(2, null, true)));

        assertThat(page.items()).extracting(AuditEntry::id).containsExactly(newer.id(), older.id());
        assertThat(page.total()).isGreaterThanOrEqualTo(2);
    }

    private AuditEntry append(RecordKind entityType, UUID entityId, int n) {
        AuditEntry entry = new AuditEntry(Ids.newId(clock), clock.instant(), null, null, AuditAction.CREATE, entityType,
                entityId, Map.of("n", new FieldChange(null, n)), null, null);
        auditLog.append(entry);
        return entry;
    }
}

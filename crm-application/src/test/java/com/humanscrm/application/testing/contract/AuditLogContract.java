package com.humanscrm.application.testing.contract;

import com.humanscrm.domain.shared.RecordKind;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.apikey.ApiKeyRepository;
import com.humanscrm.application.audit.AuditLog;
import com.humanscrm.application.audit.AuditQuery;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.shared.Cursor;
import com.humanscrm.application.shared.MalformedRequestException;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.Refusals;
import com.humanscrm.domain.apikey.ApiKey;
import com.humanscrm.domain.apikey.ApiKeySecret;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.audit.FieldChange;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.shared.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditLog} must do. Entries name who acted, so the contract stores real colleagues and
 * keys for them; each test writes entries about entities of its own (fresh ids).
 */
public abstract class AuditLogContract extends RepositoryContract {

    /** The log under test. */
    protected abstract AuditLog auditLog();

    /** Where the colleagues named by entries are stored. */
    protected abstract ColleagueRepository colleagues();

    /** Where the API keys named by entries are stored. */
    protected abstract ApiKeyRepository apiKeys();

    @Test
    public void anEntryReadsBackWithEveryFieldAndNestedValue() {
        Colleague colleague = addColleague();
        ApiKey key = addKey(colleague);
        AuditEntry entry = entry(AuditAction.UPDATE, RecordKind.HUMAN, Ids.newId(clock), colleague.id().value(), key.id().value(),
                nestedChanges(), "req-" + token, "2001:db8::1");

        append(entry);

        assertThat(history(entry.entityType(), entry.entityId(), 10)).containsExactly(entry);
    }

    @Test
    public void anEntryOfTheSystemNamesNobody() {
        AuditEntry entry = entry(AuditAction.CREATE, RecordKind.COLLEAGUE, Ids.newId(clock), null, null,
                AuditEntry.created(Map.of("email", "root@example.test")), null, null);

        append(entry);

        assertThat(history(entry.entityType(), entry.entityId(), 10)).containsExactly(entry);
    }

    @Test
    public void aRecordsHistoryIsItsOwnEntriesNewestFirstAcrossPages() {
        UUID entityId = Ids.newId(clock);
        List<AuditEntry> written = new ArrayList<>();
        for (AuditAction action : List.of(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.UPDATE, AuditAction.DELETE,
                AuditAction.UNDO)) {
            written.add(append(entry(action, RecordKind.HUMAN, entityId, null, null, Map.of("n", new FieldChange(null, written.size())),
                    null, null)));
        }
        append(entry(AuditAction.CREATE, RecordKind.HUMAN, Ids.newId(clock), null, null, Map.of(), null, null));
        append(entry(AuditAction.CREATE, RecordKind.LOOKUP_ITEM, entityId, null, null, Map.of(), null, null));

        assertThat(Pages.all(2, page -> auditLog().list(new AuditQuery(RecordKind.HUMAN, entityId, page))))
                .containsExactlyElementsOf(written.reversed());
    }

    @Test
    public void entriesAtTheSameInstantAreOrderedByIdWithoutGapsOrRepeats() {
        UUID entityId = Ids.newId(clock);
        Instant sameInstant = clock.instant();
        List<AuditEntry> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            written.add(append(new AuditEntry(Ids.newId(clock), sameInstant, null, null, AuditAction.UPDATE, RecordKind.HUMAN, entityId,
                    Map.of(), null, null)));
        }

        List<AuditEntry> read = Pages.all(2, page -> auditLog().list(new AuditQuery(RecordKind.HUMAN, entityId, page)));

        assertThat(read).containsExactlyElementsOf(written.stream()
                .sorted(Comparator.comparing(AuditEntry::id, Pages.BY_ID).reversed()).toList());
    }

    @Test
    public void theWholeLogHoldsEveryRecordsEntriesNewestFirst() {
        List<AuditEntry> written = List.of(
                append(entry(AuditAction.CREATE, RecordKind.HUMAN, Ids.newId(clock), null, null, Map.of(), token, null)),
                append(entry(AuditAction.CREATE, RecordKind.LOOKUP_ITEM, Ids.newId(clock), null, null, Map.of(), token, null)),
                append(entry(AuditAction.DELETE, RecordKind.HUMAN, Ids.newId(clock), null, null, Map.of(), token, null)));
        Set<UUID> mine = written.stream().map(AuditEntry::id).collect(Collectors.toSet());

        List<AuditEntry> read = Pages.all(PageRequest.MAX_LIMIT, page -> auditLog().list(new AuditQuery(null, null, page)));

        assertThat(read).doesNotHaveDuplicates()
                .isSortedAccordingTo(Comparator.comparing(AuditEntry::occurredAt).thenComparing(AuditEntry::id, Pages.BY_ID).reversed());
        assertThat(read).filteredOn(entry -> mine.contains(entry.id())).containsExactlyElementsOf(written.reversed());
    }

    @Test
    public void theTotalCountsARecordsEntriesOnlyWhenAskedFor() {
        UUID entityId = Ids.newId(clock);
        append(entry(AuditAction.CREATE, RecordKind.HUMAN, entityId, null, null, Map.of(), null, null));
        append(entry(AuditAction.UPDATE, RecordKind.HUMAN, entityId, null, null, Map.of(), null, null));

        assertThat(auditLog().list(new AuditQuery(RecordKind.HUMAN, entityId, new PageRequest(1, null, true))).total()).isEqualTo(2L);
        assertThat(auditLog().list(new AuditQuery(RecordKind.HUMAN, entityId, PageRequest.first(1))).total()).isNull();
    }

    @Test
    public void aCursorWithAnUnreadableKeyOrOfAnotherSortIsMalformed() {
        for (Cursor cursor : List.of(new Cursor("-occurredAt", "a while ago", Ids.newId(clock)),
                new Cursor("occurredAt", clock.instant().toString(), Ids.newId(clock)))) {
            Refusals.refusal(MalformedRequestException.class, "MALFORMED_REQUEST",
                    () -> auditLog().list(new AuditQuery(RecordKind.HUMAN, Ids.newId(clock), new PageRequest(10, cursor, false))));
        }
    }

    /**
     * Values as aggregates' snapshots hold them: text with quotes and non-ASCII, numbers, booleans, nulls,
     * lists of maps. Stored as JSON, so map key order may change; values must not.
     */
    private Map<String, FieldChange> nestedChanges() {
        Map<String, Object> email = new LinkedHashMap<>();
        email.put("id", Ids.newId(clock).toString());
        email.put("email", "ada@example.test");
        email.put("label", null);
        email.put("isPrimary", true);
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        changes.put("firstName", new FieldChange("Ada", "Zoë \"Ada\" O'Brien\n🐶"));
        changes.put("middleName", new FieldChange(null, "King"));
        changes.put("types", new FieldChange(List.of("client"), List.of("client", "trainer")));
        changes.put("emails", new FieldChange(List.of(), List.of(email)));
        changes.put("version", new FieldChange(1, 2));
        changes.put("isActive", new FieldChange(true, false));
        changes.put("empty", new FieldChange(Map.of(), List.of()));
        return changes;
    }

    private AuditEntry entry(AuditAction action, RecordKind entityType, UUID entityId, UUID colleagueId, UUID apiKeyId,
                             Map<String, FieldChange> changes, String requestId, String clientIp) {
        return new AuditEntry(Ids.newId(clock), clock.instant(), colleagueId, apiKeyId, action, entityType, entityId, changes,
                requestId, clientIp);
    }

    private AuditEntry append(AuditEntry entry) {
        inTransaction(() -> auditLog().append(entry));
        return entry;
    }

    private List<AuditEntry> history(RecordKind entityType, UUID entityId, int limit) {
        return auditLog().list(new AuditQuery(entityType, entityId, PageRequest.first(limit))).items();
    }

    private Colleague addColleague() {
        Colleague colleague = Colleague.create(uniqueEmail("auditor"), "Audit", null, "Tester", null, Role.ADMIN, clock);
        inTransaction(() -> colleagues().add(colleague));
        return colleague;
    }

    private ApiKey addKey(Colleague owner) {
        ApiKey key = ApiKey.create(owner.id(), owner.role(), "Audit " + token, null, null, ApiKeySecret.generate(), clock);
        inTransaction(() -> apiKeys().add(key));
        return key;
    }
}

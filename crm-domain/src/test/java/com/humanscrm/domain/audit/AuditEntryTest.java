package com.humanscrm.domain.audit;

import com.humanscrm.domain.shared.RecordKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.shared.Ids;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    /** A snapshot as aggregates make them: ordered, with nulls and nested lists. */
    private static Map<String, Object> snapshot(String firstName, String middleName, List<String> types) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("firstName", firstName);
        snapshot.put("middleName", middleName);
        snapshot.put("types", types);
        return snapshot;
    }

    @Test
    void aCreationShowsEveryFieldComingFromNothing() {
        assertThat(AuditEntry.created(snapshot("Ada", null, List.of("client")))).containsExactly(
                entry("firstName", new FieldChange(null, "Ada")),
                entry("middleName", new FieldChange(null, null)),
                entry("types", new FieldChange(null, List.of("client"))));
    }

    @Test
    void aDeletionShowsEveryFieldGoingToNothing() {
        assertThat(AuditEntry.deleted(snapshot("Ada", "King", List.of()))).containsExactly(
                entry("firstName", new FieldChange("Ada", null)),
                entry("middleName", new FieldChange("King", null)),
                entry("types", new FieldChange(List.of(), null)));
    }

    @Test
    void anUpdateShowsOnlyTheFieldsThatDiffer() {
        Map<String, FieldChange> changes = AuditEntry.between(
                snapshot("Ada", null, List.of("client")), snapshot("Ada", "King", List.of("client", "trainer")));

        assertThat(changes).containsExactly(
                entry("middleName", new FieldChange(null, "King")),
                entry("types", new FieldChange(List.of("client"), List.of("client", "trainer"))));
    }

    @Test
    void equalNestedValuesAreNoChangeEvenWhenTheyAreDifferentObjects() {
        assertThat(AuditEntry.between(snapshot("Ada", null, List.of("client")), snapshot("Ada", null, List.of("client"))))
                .isEmpty();
    }

    @Test
    void aFieldPresentOnOnlyOneSideIsAChange() {
        Map<String, Object> before = new HashMap<>(Map.of("gone", "x"));
        Map<String, Object> after = Map.of("new", "y");

        assertThat(AuditEntry.between(before, after)).containsOnly(
                entry("gone", new FieldChange("x", null)), entry("new", new FieldChange(null, "y")));
    }

    @Test
    void anEntryKeepsItsOwnCopyOfTheChanges() {
        Map<String, FieldChange> changes = new LinkedHashMap<>(AuditEntry.created(snapshot("Ada", null, List.of())));
        AuditEntry entry = new AuditEntry(Ids.newId(Clocks.t0()), Clocks.T0, null, null, AuditAction.CREATE, RecordKind.HUMAN,
                Ids.newId(Clocks.t0()), changes, "req-1", "127.0.0.1");

        changes.clear();

        assertThat(entry.changes()).hasSize(3);
        assertThatThrownBy(() -> entry.changes().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void actionsHaveTheDocumentedWireNames() {
        assertThat(AuditAction.values()).extracting(AuditAction::wireName)
                .containsExactly("create", "update", "delete", "link", "unlink", "undo");
    }
}

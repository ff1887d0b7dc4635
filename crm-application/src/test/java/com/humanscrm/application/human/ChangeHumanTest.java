package com.humanscrm.application.human;

import com.humanscrm.domain.shared.RecordKind;
import static com.humanscrm.application.testing.NewHumanBuilder.aHuman;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.testing.Observed;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.audit.FieldChange;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.PartyStatus;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RuleViolationException;
import com.humanscrm.domain.shared.VersionMismatchException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChangeHumanTest extends UseCaseTest {

    private final Human ada = aHuman().named("Ada", "King", "Lovelace").createdIn(crm);

    @Test
    void anAgentChangesTheGivenFieldsAndTheChangeIsStored() {
        crm.clock.advance(Duration.ofMinutes(5));

        Human changed = change(new ChangeHuman.Command(ada.id(), null, Optional.of("Augusta"), Optional.empty(), null,
                Optional.of("active"), Optional.of(List.of("client", "travel_agent"))));

        assertThat(changed.firstName()).isEqualTo("Augusta");
        assertThat(changed.middleName()).isNull();
        assertThat(changed.lastName()).isEqualTo("Lovelace");
        assertThat(changed.status()).isEqualTo(PartyStatus.ACTIVE);
        assertThat(changed.types()).containsExactlyInAnyOrder(HumanType.CLIENT, HumanType.TRAVEL_AGENT);
        assertThat(changed.emails()).isEqualTo(ada.emails());
        assertThat(changed.version()).isEqualTo(ada.version() + 1);
        assertThat(changed.updatedAt()).isAfter(ada.updatedAt());
        assertThat(useCases.details().human(viewer, ada.id()).human()).usingRecursiveComparison().isEqualTo(changed);
    }

    @Test
    void theAuditEntryHoldsOnlyTheChangedFields() {
        Observed<Human> changed = observe(() -> change(named(ada.id(), null, "Augusta")));

        AuditEntry entry = changed.onlyAuditEntry();
        assertAudit(entry, AuditAction.UPDATE, RecordKind.HUMAN, ada.id().value(), agent);
        assertThat(entry.changes()).containsOnlyKeys("firstName").containsEntry("firstName", new FieldChange("Ada", "Augusta"));
    }

    @Test
    void aChangeToTheCurrentValuesIsNoChange() {
        // No audit entry for nothing, and no new version either, or a client holding v1 would get a 412 for nothing.
        Observed<Human> same = observe(() -> change(named(ada.id(), 1, " Ada ")));

        same.auditedNothing();
        assertThat(same.result().version()).isEqualTo(1);
        assertThat(useCases.details().human(viewer, ada.id()).human().version()).isEqualTo(1);
    }

    @Test
    void theExpectedVersionMustBeTheCurrentOne() {
        change(named(ada.id(), 1, "Augusta"));

        refused(VersionMismatchException.class, "VERSION_MISMATCH", () -> change(named(ada.id(), 1, "Ann")));
        assertThat(change(named(ada.id(), 2, "Ann")).version()).isEqualTo(3);
    }

    @Test
    void aViewerCannotChangeAHuman() {
        forbidden(() -> useCases.humans().change().execute(viewer, named(ada.id(), null, "Augusta")));
    }

    @Test
    void anUnknownHumanIsNotFound() {
        refused(NotFoundException.class, "HUMAN_NOT_FOUND", () -> change(named(new HumanId(UUID.randomUUID()), null, "X")));
    }

    @Test
    void invalidValuesAreFieldErrors() {
        refusedOnField("types", () -> change(new ChangeHuman.Command(ada.id(), null, null, null, null, null, Optional.of(List.of()))));
        refusedOnField("types", () -> change(new ChangeHuman.Command(ada.id(), null, null, null, null, null, Optional.empty())));
        assertThat(refused(RuleViolationException.class, "VALIDATION_FAILED", () -> change(new ChangeHuman.Command(ada.id(),
                null, null, null, null, null, Optional.of(List.of("client", "astronaut"))))).fieldErrors())
                .containsKey("types[1]").doesNotContainKey("types[0]");
        refusedOnField("status", () -> change(new ChangeHuman.Command(ada.id(), null, null, null, null, Optional.of("retired"), null)));
        refusedOnField("status", () -> change(new ChangeHuman.Command(ada.id(), null, null, null, null, Optional.empty(), null)));
        refusedOnField("firstName", () -> change(named(ada.id(), null, "x".repeat(101))));
        refusedOnField("lastName", () -> change(new ChangeHuman.Command(ada.id(), null, null, null, Optional.empty(), null, null)));
        assertThat(useCases.details().human(viewer, ada.id()).human().version()).isEqualTo(1);
    }

    @Test
    void everyBrokenRuleOfAChangeIsReportedAtOnce() {
        RuleViolationException refusal = refused(RuleViolationException.class, "VALIDATION_FAILED", () -> change(
                new ChangeHuman.Command(ada.id(), null, Optional.of(" "), null, Optional.empty(), Optional.of("retired"),
                        Optional.of(List.of("astronaut")))));

        // Like CreateHumanTest: "types" may be reported besides types[0], a gap of Violations.
        assertThat(refusal.fieldErrors()).containsKeys("firstName", "lastName", "status", "types[0]")
                .doesNotContainKey("middleName");
        assertThat(refusal.fieldErrors().get("lastName")).containsExactly("is required");
        assertThat(refusal.fieldErrors().values()).allSatisfy(problems -> assertThat(problems).hasSize(1));
        assertThat(useCases.details().human(viewer, ada.id()).human()).usingRecursiveComparison().isEqualTo(ada);
    }

    private Human change(ChangeHuman.Command command) {
        return useCases.humans().change().execute(agent, command);
    }

    private static ChangeHuman.Command named(HumanId id, Integer expectedVersion, String firstName) {
        return new ChangeHuman.Command(id, expectedVersion, Optional.of(firstName), null, null, null, null);
    }
}

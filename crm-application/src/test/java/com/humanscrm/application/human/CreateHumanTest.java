package com.humanscrm.application.human;

import com.humanscrm.domain.shared.RecordKind;
import static com.humanscrm.application.testing.NewHumanBuilder.aHuman;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.Observed;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanEmail;
import com.humanscrm.domain.human.HumanPhone;
import com.humanscrm.domain.human.HumanStatus;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.lookup.LookupList;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CreateHumanTest extends UseCaseTest {

    @Test
    void anAgentCreatesAHumanWithEmailsPhonesAndTheirLabels() {
        Human human = useCases.humans().create().execute(agent, aHuman().named("Ada", "King", "Lovelace").types(HumanType.CLIENT, HumanType.TRAINER)
                .email("ada@example.test", "work").email("ada@home.test", null)
                .phone("+44 20 7946 0000", "Mobile", true).command());

        assertThat(useCases.humans().queries().get(viewer, human.id())).usingRecursiveComparison().isEqualTo(human);
        assertThat(human.status()).isEqualTo(HumanStatus.OPEN);
        assertThat(human.emails()).extracting(HumanEmail::email, e -> e.label() == null ? null : e.label().name(), HumanEmail::primary)
                .containsExactly(tuple("ada@example.test", "Work", true), tuple("ada@home.test", null, false));
        assertThat(human.phones()).extracting(HumanPhone::number, p -> p.label().name(), HumanPhone::hasWhatsapp, HumanPhone::primary)
                .containsExactly(tuple("+44 20 7946 0000", "Mobile", true, true));
    }

    @Test
    void labelsAreFoundByNameIgnoringCaseAndSurroundingSpace() {
        // Labels are referenced by id: the human points at the seeded item, not a copy of its name.
        Human human = useCases.humans().create().execute(agent, aHuman().email("ada@example.test", "  PERSONAL ").command());

        assertThat(human.emails().getFirst().label())
                .isEqualTo(crm.lookups.findByName(LookupList.HUMAN_EMAIL_LABELS, "Personal").orElseThrow().asLabel());
    }

    @Test
    void theCreationIsOneTransactionWithOneAuditEntryHoldingTheWholeRecord() {
        Observed<Human> created = observe(() -> useCases.humans().create().execute(agent, aHuman().phone("+44 1").command()));

        AuditEntry entry = created.onlyAuditEntry();
        assertAudit(entry, AuditAction.CREATE, RecordKind.HUMAN, created.result().id().value(), agent);
        assertThat(entry.changes()).isEqualTo(AuditEntry.created(created.result().auditSnapshot()));
        assertThat(entry.occurredAt()).isAfterOrEqualTo(created.result().createdAt());
    }

    @Test
    void aViewerCannotCreateAHuman() {
        forbidden(() -> useCases.humans().create().execute(viewer, aHuman().command()));

        assertThat(crm.humans.list(new HumanListQuery(null, null, null, null, PageRequest.first(10))).items()).isEmpty();
    }

    @Test
    void anUnknownLabelIsAFieldErrorAtItsPosition() {
        refusedOnField("emails[1].label", () -> useCases.humans().create().execute(agent,
                aHuman().email("a@example.test", "Work").email("b@example.test", "Office").command()));
        refusedOnField("phones[0].label", () -> useCases.humans().create().execute(agent,
                aHuman().phone("+44 1", "Pager", false).command()));
    }

    @Test
    void aLabelFromAnotherListIsUnknown() {
        // "Mobile" is a phone label; as an email label it must be refused, not silently cross-linked.
        refusedOnField("emails[0].label", () -> useCases.humans().create().execute(agent,
                aHuman().email("a@example.test", "Mobile").command()));
    }

    @Test
    void invalidInputIsAFieldErrorAndStoresNothing() {
        refusedOnField("emails[1].email", () -> useCases.humans().create().execute(agent,
                aHuman().email("a@example.test").email("A@example.test").command()));
        refusedOnField("lastName", () -> useCases.humans().create().execute(agent, aHuman().named("Ada", null, " ").command()));
        refusedOnField("emails", () -> useCases.humans().create().execute(agent,
                new CreateHuman.Command("Ada", null, "Lovelace", null, Set.of(HumanType.CLIENT), null, null)));

        assertThat(crm.humans.list(new HumanListQuery(null, null, null, null, PageRequest.first(10))).items()).isEmpty();
    }
}

package com.humanscrm.application.human;

import com.humanscrm.domain.shared.RecordKind;
import static com.humanscrm.application.testing.NewHumanBuilder.aHuman;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.humanscrm.application.contact.ContactInput;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.NewHumanBuilder;
import com.humanscrm.application.testing.Observed;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.contact.ContactField;
import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.shared.PartyStatus;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.RuleViolationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateHumanTest extends UseCaseTest {

    @Test
    void anAgentCreatesAHumanWithEmailsPhonesAndTheirLabels() {
        Human human = useCases.humans().create().execute(agent, aHuman().named("Ada", "King", "Lovelace").types(HumanType.CLIENT, HumanType.TRAINER)
                .email("ada@example.test", "work").email("ada@home.test", null)
                .phone("+44 20 7946 0000", "Mobile", true).command());

        assertThat(useCases.details().human(viewer, human.id()).human()).usingRecursiveComparison().isEqualTo(human);
        assertThat(human.status()).isEqualTo(PartyStatus.OPEN);
        assertThat(human.types()).containsExactlyInAnyOrder(HumanType.CLIENT, HumanType.TRAINER);
        assertThat(human.emails()).extracting(e -> e.value().address(), e -> e.label() == null ? null : e.label().name(),
                        ContactPoint::primary)
                .containsExactly(tuple("ada@example.test", "Work", true), tuple("ada@home.test", null, false));
        assertThat(human.phones()).extracting(p -> p.value().number(), p -> p.value().e164(), p -> p.label().name(),
                        p -> p.value().hasWhatsapp(), ContactPoint::primary)
                .containsExactly(tuple("+44 20 7946 0000", "+442079460000", "Mobile", true, true));
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
                new CreateHuman.Command("Ada", null, "Lovelace", null, List.of("client"), null, null)));
        refusedOnField("status", () -> useCases.humans().create().execute(agent,
                new CreateHuman.Command("Ada", null, "Lovelace", "retired", List.of("client"), List.of(email("a@example.test", null)), null)));

        assertThat(crm.humans.list(new HumanListQuery(null, null, null, null, PageRequest.first(10))).items()).isEmpty();
    }

    @Test
    void aPhoneNumberGivenTwiceIsAFieldErrorAtItsSecondPositionEvenInAnotherSpelling() {
        assertThat(refusedOnField("phones[1].number", () -> useCases.humans().create().execute(agent,
                aHuman().phone("+44 20 7946 0000").phone("0044 (20) 7946-0000").command()))).containsExactly("is given twice");
        refusedOnField("phones[2].number", () -> useCases.humans().create().execute(agent,
                aHuman().phone("020 7946 0000").phone("+44 20 7946 0001").phone("020 7946 0000").command()));

        assertThat(crm.humans.list(new HumanListQuery(null, null, null, null, PageRequest.first(10))).items()).isEmpty();
    }

    @Test
    void tooManyEmailsAreRefusedBeforeAnyOfTheirLabelsIsLookedUp() {
        // What a request may cost is bounded: fifty-one unknown labels are neither looked up nor each reported.
        NewHumanBuilder human = aHuman();
        for (int i = 0; i <= ContactField.MAX_EMAILS; i++) {
            human.email("ada" + i + "@example.test", "Office");
        }

        assertTooManyRefusedUpFront(human.command(), "emails", "must hold at most 50 emails");
    }

    @Test
    void tooManyPhonesAreRefusedBeforeAnyOfTheirLabelsIsLookedUp() {
        NewHumanBuilder human = aHuman();
        for (int i = 0; i <= ContactField.MAX_PHONES; i++) {
            human.phone("+44 20 7946 " + (1000 + i), "Pager", false);
        }

        assertTooManyRefusedUpFront(human.command(), "phones", "must hold at most 50 phone numbers");
    }

    private void assertTooManyRefusedUpFront(CreateHuman.Command command, String field, String problem) {
        int transactionsBefore = crm.unitOfWork.transactions();

        Map<String, List<String>> problems = refusedOnFields(() -> useCases.humans().create().execute(agent, command), field);

        assertThat(problems.get(field)).containsExactly(problem);
        assertThat(crm.unitOfWork.transactions()).as("transactions opened").isEqualTo(transactionsBefore);
    }

    @Test
    void everyBrokenRuleOfTheRequestIsReportedAtOnceEachFieldOnce() {
        CreateHuman.Command command = new CreateHuman.Command(" ", null, "Lovelace", null, List.of("client", "astronaut"),
                List.of(email("not-an-address", null), email("b@example.test", "Office")), null);

        RuleViolationException refusal = refused(RuleViolationException.class, "VALIDATION_FAILED",
                () -> useCases.humans().create().execute(agent, command));

        assertThat(refusal.fieldErrors())
                .containsKeys("firstName", "emails[0].email", "emails[1].label", "types[1]")
                .doesNotContainKeys("lastName", "emails[0].label", "emails[1].email", "types[0]", "phones");
        // Each field once, with the rule it broke first.
        assertThat(refusal.fieldErrors().values()).allSatisfy(problems -> assertThat(problems).hasSize(1));
        assertThat(refusal.fieldErrors().get("emails[0].email")).containsExactly("must be a well-formed email address");
        assertThat(refusal.fieldErrors().get("types[1]")).containsExactly("must be one of client, trainer, travel_agent, flight_broker");
        // Known gap in the domain: after types[1] is refused, "types" is also reported ("must name at least one
        // type"), as Violations only skips follow-ups on the very same field name. Not pinned here either way.
        assertThat(crm.humans.list(new HumanListQuery(null, null, null, null, PageRequest.first(10))).items()).isEmpty();
        assertThat(crm.auditLog.entries()).noneMatch(entry -> entry.entityType() == RecordKind.HUMAN);
    }

    private static ContactInput<EmailAddress> email(String address, String label) {
        return new ContactInput<>(() -> new EmailAddress(address), label, false);
    }
}

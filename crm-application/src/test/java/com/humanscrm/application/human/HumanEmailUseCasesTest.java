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
import com.humanscrm.domain.human.HumanEmail;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.VersionMismatchException;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** AddHumanEmail, ChangeHumanEmail and RemoveHumanEmail: each edits the human as a whole, one version later. */
class HumanEmailUseCasesTest extends UseCaseTest {

    private final Human ada = aHuman().email("a@example.test", "Work").email("b@example.test").createdIn(crm);
    private final UUID first = ada.emails().get(0).id();
    private final UUID second = ada.emails().get(1).id();

    @Test
    void anAddedEmailComesBackWithItsLabelAndTheHumanOneVersionLater() {
        HumanEmail added = add("c@example.test", "personal", false);

        assertThat(added.email()).isEqualTo("c@example.test");
        assertThat(added.label().name()).isEqualTo("Personal");
        assertThat(added.primary()).isFalse();
        assertThat(stored().emails()).extracting(HumanEmail::id).containsExactly(first, second, added.id());
        assertThat(stored().version()).isEqualTo(2);
    }

    @Test
    void eachEmailChangeIsOneTransactionWithOneAuditEntryOnlyAboutEmails() {
        Observed<HumanEmail> added = observe(() -> add("c@example.test", null, false));
        Observed<HumanEmail> changed = observe(() -> change(second, new Change(null, Optional.of("Other"), null)));
        Observed<Void> removed = observeVoid(() -> useCases.humans().removeEmail().execute(agent, new RemoveHumanEmail.Command(ada.id(), first, null)));

        for (Observed<?> edit : new Observed<?>[] {added, changed, removed}) {
            AuditEntry entry = edit.onlyAuditEntry();
            assertAudit(entry, AuditAction.UPDATE, RecordKind.HUMAN, ada.id().value(), agent);
            assertThat(entry.changes()).containsOnlyKeys("emails");
        }
        FieldChange removal = removed.onlyAuditEntry().changes().get("emails");
        assertThat(removal.oldValue()).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(3);
        assertThat(removal.newValue()).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(2);
    }

    @Test
    void addingAPrimaryEmailMakesItTheOnlyPrimary() {
        HumanEmail added = add("c@example.test", null, true);

        assertThat(stored().primaryEmail()).map(HumanEmail::id).contains(added.id());
        assertThat(stored().emails()).filteredOn(HumanEmail::primary).hasSize(1);
    }

    @Test
    void addingAnAddressTheHumanHasIsADuplicate() {
        refused(ConflictException.class, ConflictException.DUPLICATE, () -> add("B@Example.test", null, false));
    }

    @Test
    void anUnknownLabelIsAFieldErrorOnTheLabel() {
        refusedOnField("label", () -> add("c@example.test", "Office", false));
        refusedOnField("label", () -> change(first, new Change(null, Optional.of("Office"), null)));
    }

    @Test
    void aLabelIsReplacedByNameOrClearedByAnEmptyOne() {
        HumanEmail relabelled = change(first, new Change(null, Optional.of("other"), null));
        HumanEmail cleared = change(second, new Change(null, Optional.empty(), null));

        assertThat(relabelled.label().name()).isEqualTo("Other");
        assertThat(cleared.label()).isNull();
    }

    @Test
    void markingAnotherEmailPrimaryMovesTheFlag() {
        change(second, new Change(null, null, true));

        assertThat(stored().emails()).extracting(HumanEmail::primary).containsExactly(false, true);
    }

    @Test
    void unmarkingThePrimaryEmailIsRefused() {
        refusedOnField("isPrimary", () -> change(first, new Change(null, null, false)));
    }

    @Test
    void changingAnEmailToWhatItIsIsNoChange() {
        Observed<HumanEmail> same = observe(() -> change(first, new Change("a@example.test", Optional.of("Work"), true)));

        same.auditedNothing();
        assertThat(stored().version()).isEqualTo(1);
    }

    @Test
    void removingThePrimaryEmailPromotesTheOldestRemaining() {
        useCases.humans().removeEmail().execute(agent, new RemoveHumanEmail.Command(ada.id(), first, null));

        assertThat(stored().emails()).singleElement().satisfies(email -> {
            assertThat(email.id()).isEqualTo(second);
            assertThat(email.primary()).isTrue();
        });
    }

    @Test
    void anUnknownEmailOrHumanIsNotFound() {
        UUID unknown = UUID.randomUUID();
        refused(NotFoundException.class, "EMAIL_NOT_FOUND", () -> change(unknown, new Change("x@example.test", null, null)));
        refused(NotFoundException.class, "EMAIL_NOT_FOUND",
                () -> useCases.humans().removeEmail().execute(agent, new RemoveHumanEmail.Command(ada.id(), unknown, null)));
        refused(NotFoundException.class, "HUMAN_NOT_FOUND", () -> useCases.humans().addEmail().execute(agent,
                new AddHumanEmail.Command(new HumanId(unknown), "x@example.test", null, false)));
    }

    @Test
    void aViewerCannotAddChangeOrRemoveEmails() {
        forbidden(() -> useCases.humans().addEmail().execute(viewer, new AddHumanEmail.Command(ada.id(), "c@example.test", null, false)));
        forbidden(() -> useCases.humans().changeEmail().execute(viewer,
                new ChangeHumanEmail.Command(ada.id(), second, null, null, true, null)));
        forbidden(() -> useCases.humans().removeEmail().execute(viewer, new RemoveHumanEmail.Command(ada.id(), second, null)));
        assertThat(stored().version()).isEqualTo(1);
    }

    @Test
    void anEmailOfAHumanChangedSinceTheCallerReadItIsLeftAlone() {
        refused(VersionMismatchException.class, "VERSION_MISMATCH", () -> useCases.humans().changeEmail().execute(agent,
                new ChangeHumanEmail.Command(ada.id(), second, null, null, true, ada.version() + 1)));
        refused(VersionMismatchException.class, "VERSION_MISMATCH", () -> useCases.humans().removeEmail().execute(agent,
                new RemoveHumanEmail.Command(ada.id(), second, ada.version() + 1)));

        useCases.humans().removeEmail().execute(agent, new RemoveHumanEmail.Command(ada.id(), second, ada.version()));
        assertThat(stored().emails()).extracting(HumanEmail::id).containsExactly(first);
    }

    /** The changeable fields of an email, as {@link ChangeHumanEmail.Command} takes them. */
    private record Change(String email, Optional<String> label, Boolean primary) {
    }

    private HumanEmail add(String address, String label, boolean primary) {
        return useCases.humans().addEmail().execute(agent, new AddHumanEmail.Command(ada.id(), address, label, primary));
    }

    private HumanEmail change(UUID emailId, Change change) {
        return useCases.humans().changeEmail().execute(agent,
                new ChangeHumanEmail.Command(ada.id(), emailId, change.email(), change.label(), change.primary(), null));
    }

    private Human stored() {
        return useCases.humans().queries().get(viewer, ada.id());
    }
}

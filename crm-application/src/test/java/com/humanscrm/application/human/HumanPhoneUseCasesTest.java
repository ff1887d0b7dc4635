package com.humanscrm.application.human;

import com.humanscrm.domain.shared.RecordKind;
import static com.humanscrm.application.testing.NewHumanBuilder.aHuman;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.humanscrm.application.testing.Observed;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanPhone;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.VersionMismatchException;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** AddHumanPhone, ChangeHumanPhone and RemoveHumanPhone. */
class HumanPhoneUseCasesTest extends UseCaseTest {

    private final Human ada = aHuman().phone("+44 1", "Mobile", true).phone("+44 2").createdIn(crm);
    private final UUID first = ada.phones().get(0).id();
    private final UUID second = ada.phones().get(1).id();

    @Test
    void anAddedPhoneComesBackWithItsLabelAndWhatsappFlag() {
        HumanPhone added = add("+44 3", "home", true, false);

        assertThat(added.label().name()).isEqualTo("Home");
        assertThat(added.hasWhatsapp()).isTrue();
        assertThat(added.primary()).isFalse();
        assertThat(stored().phones()).extracting(HumanPhone::id).containsExactly(first, second, added.id());
    }

    @Test
    void eachPhoneChangeIsOneTransactionWithOneAuditEntryOnlyAboutPhones() {
        Observed<HumanPhone> added = observe(() -> add("+44 3", null, false, true));
        Observed<HumanPhone> changed = observe(() -> change(second, new Change("+44 22", null, true, null)));
        Observed<Void> removed = observeVoid(() -> useCases.humans().removePhone().execute(agent, new RemoveHumanPhone.Command(ada.id(), first, null)));

        for (Observed<?> edit : new Observed<?>[] {added, changed, removed}) {
            AuditEntry entry = edit.onlyAuditEntry();
            assertAudit(entry, AuditAction.UPDATE, RecordKind.HUMAN, ada.id().value(), agent);
            assertThat(entry.changes()).containsOnlyKeys("phones");
        }
    }

    @Test
    void addingAPrimaryPhoneMakesItTheOnlyPrimary() {
        add("+44 3", null, false, true);

        assertThat(stored().phones()).extracting(HumanPhone::primary).containsExactly(false, false, true);
    }

    @Test
    void anUnknownLabelIsAFieldErrorOnTheLabel() {
        // "Personal" is an email label, not a phone label.
        refusedOnField("label", () -> add("+44 3", "Personal", false, false));
        refusedOnField("label", () -> change(first, new Change(null, Optional.of("Personal"), null, null)));
    }

    @Test
    void aPhoneChangeReplacesOnlyTheGivenFields() {
        HumanPhone changed = change(first, new Change("+44 10", Optional.empty(), false, null));

        assertThat(changed.number()).isEqualTo("+44 10");
        assertThat(changed.label()).isNull();
        assertThat(changed.hasWhatsapp()).isFalse();
        assertThat(changed.primary()).isTrue();
    }

    @Test
    void unmarkingThePrimaryPhoneIsRefused() {
        refusedOnField("isPrimary", () -> change(first, new Change(null, null, null, false)));
    }

    @Test
    void changingAPhoneToWhatItIsIsNoChange() {
        observe(() -> change(second, new Change("+44 2", Optional.empty(), false, false))).auditedNothing();

        assertThat(stored().version()).isEqualTo(1);
    }

    @Test
    void removingThePrimaryPhonePromotesTheOldestRemaining() {
        useCases.humans().removePhone().execute(agent, new RemoveHumanPhone.Command(ada.id(), first, null));

        assertThat(stored().phones()).extracting(HumanPhone::id, HumanPhone::primary).containsExactly(tuple(second, true));
    }

    @Test
    void anUnknownPhoneIsNotFound() {
        refused(NotFoundException.class, "PHONE_NUMBER_NOT_FOUND",
                () -> useCases.humans().removePhone().execute(agent, new RemoveHumanPhone.Command(ada.id(), UUID.randomUUID(), null)));
    }

    @Test
    void aViewerCannotAddChangeOrRemovePhones() {
        forbidden(() -> useCases.humans().addPhone().execute(viewer, new AddHumanPhone.Command(ada.id(), "+44 3", null, false, false)));
        forbidden(() -> useCases.humans().changePhone().execute(viewer,
                new ChangeHumanPhone.Command(ada.id(), second, "+44 9", null, null, null, null)));
        forbidden(() -> useCases.humans().removePhone().execute(viewer, new RemoveHumanPhone.Command(ada.id(), second, null)));
    }

    @Test
    void aPhoneOfAHumanChangedSinceTheCallerReadItIsLeftAlone() {
        refused(VersionMismatchException.class, "VERSION_MISMATCH", () -> useCases.humans().changePhone().execute(agent,
                new ChangeHumanPhone.Command(ada.id(), second, "+44 9", null, null, null, ada.version() + 1)));
        refused(VersionMismatchException.class, "VERSION_MISMATCH", () -> useCases.humans().removePhone().execute(agent,
                new RemoveHumanPhone.Command(ada.id(), second, ada.version() + 1)));

        useCases.humans().removePhone().execute(agent, new RemoveHumanPhone.Command(ada.id(), second, ada.version()));
        assertThat(stored().phones()).extracting(HumanPhone::id).containsExactly(first);
    }

    /** The changeable fields of a phone, as {@link ChangeHumanPhone.Command} takes them. */
    private record Change(String number, Optional<String> label, Boolean hasWhatsapp, Boolean primary) {
    }

    private HumanPhone add(String number, String label, boolean hasWhatsapp, boolean primary) {
        return useCases.humans().addPhone().execute(agent, new AddHumanPhone.Command(ada.id(), number, label, hasWhatsapp, primary));
    }

    private HumanPhone change(UUID phoneId, Change change) {
        return useCases.humans().changePhone().execute(agent, new ChangeHumanPhone.Command(ada.id(), phoneId, change.number(),
                change.label(), change.hasWhatsapp(), change.primary(), null));
    }

    private Human stored() {
        return useCases.humans().queries().get(viewer, ada.id());
    }
}

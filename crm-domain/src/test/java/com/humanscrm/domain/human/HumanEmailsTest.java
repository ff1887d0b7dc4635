package com.humanscrm.domain.human;

import static com.humanscrm.domain.human.HumanBuilder.PERSONAL;
import static com.humanscrm.domain.human.HumanBuilder.WORK;
import static com.humanscrm.domain.human.HumanBuilder.aHuman;
import static com.humanscrm.domain.human.HumanBuilder.email;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.Refusals;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HumanEmailsTest {

    private static final Clock LATER = Clocks.after(Duration.ofMinutes(5));

    /** a@ (primary, Work), b@, c@ — created together, in that order. */
    private final Human human = aHuman().emails(email("a@example.test", WORK), email("b@example.test"), email("c@example.test")).create();

    @Test
    void addingAnEmailKeepsThePrimaryAndAppendsIt() {
        Human changed = human.addEmail(new Human.NewEmail("d@example.test", PERSONAL, false), LATER);

        assertThat(primaryAddress(changed)).isEqualTo("a@example.test");
        HumanEmail added = changed.emails().getLast();
        assertThat(added.email()).isEqualTo("d@example.test");
        assertThat(added.label()).isEqualTo(PERSONAL);
        assertThat(added.createdAt()).isEqualTo(LATER.instant());
        assertVersionedOnce(changed);
    }

    @Test
    void addingAPrimaryEmailDemotesTheOldOne() {
        Human changed = human.addEmail(new Human.NewEmail("d@example.test", null, true), LATER);

        assertThat(primaryAddress(changed)).isEqualTo("d@example.test");
        assertOnePrimary(changed);
    }

    @Test
    void theFirstEmailAddedToAHumanWithoutAnyBecomesPrimary() {
        Human empty = human.removeEmail(id(human, 0), LATER).removeEmail(id(human, 1), LATER).removeEmail(id(human, 2), LATER);

        Human changed = empty.addEmail(email("z@example.test"), LATER);

        assertThat(primaryAddress(changed)).isEqualTo("z@example.test");
    }

    @Test
    void addingAnAddressTheHumanHasInAnyCaseIsADuplicate() {
        Refusals.conflict(() -> human.addEmail(email(" B@EXAMPLE.test"), LATER), ConflictException.DUPLICATE);
    }

    @Test
    void addingAnInvalidOrMissingAddressIsAFieldError() {
        Refusals.fieldError(() -> human.addEmail(email("nope"), LATER), "email");
        // Used to throw a NullPointerException from the duplicate check.
        Refusals.fieldError(() -> human.addEmail(email(null), LATER), "email");
    }

    @Test
    void changingAnAddressKeepsItsPositionCreationTimeAndPrimaryFlag() {
        Human changed = human.changeEmail(id(human, 0), new Human.EmailChanges("A.New@example.test", null, null), LATER);

        HumanEmail email = changed.emails().getFirst();
        assertThat(email.email()).isEqualTo("A.New@example.test");
        assertThat(email.primary()).isTrue();
        assertThat(email.label()).isEqualTo(WORK);
        assertThat(email.createdAt()).isEqualTo(Clocks.T0);
        assertThat(email.updatedAt()).isEqualTo(LATER.instant());
        assertVersionedOnce(changed);
    }

    @Test
    void changingAnAddressToAnotherOfTheHumansAddressesIsADuplicate() {
        Refusals.conflict(() -> human.changeEmail(id(human, 0), new Human.EmailChanges("C@example.test", null, null), LATER),
                ConflictException.DUPLICATE);
    }

    @Test
    void changingOnlyTheCaseOfAnAddressIsNotADuplicate() {
        Human changed = human.changeEmail(id(human, 1), new Human.EmailChanges("B@Example.Test", null, null), LATER);

        assertThat(changed.emails().get(1).email()).isEqualTo("B@Example.Test");
    }

    @Test
    void anEmptyLabelClearsItAndAGivenOneReplacesIt() {
        Human cleared = human.changeEmail(id(human, 0), new Human.EmailChanges(null, Optional.empty(), null), LATER);
        Human relabelled = human.changeEmail(id(human, 1), new Human.EmailChanges(null, Optional.of(PERSONAL), null), LATER);

        assertThat(cleared.emails().getFirst().label()).isNull();
        assertThat(relabelled.emails().get(1).label()).isEqualTo(PERSONAL);
        assertThat(relabelled.emails().getFirst().label()).isEqualTo(WORK);
    }

    @Test
    void markingAnEmailPrimaryDemotesTheOthers() {
        Human changed = human.changeEmail(id(human, 2), new Human.EmailChanges(null, null, true), LATER);

        assertThat(primaryAddress(changed)).isEqualTo("c@example.test");
        assertOnePrimary(changed);
        assertThat(changed.emails().getFirst().updatedAt()).as("the demoted email changed too").isEqualTo(LATER.instant());
    }

    @Test
    void unmarkingThePrimaryEmailIsRefusedSoTheHumanKeepsOne() {
        Refusals.fieldError(() -> human.changeEmail(id(human, 0), new Human.EmailChanges(null, null, false), LATER), "isPrimary");
    }

    @Test
    void unmarkingAnEmailThatIsNotPrimaryChangesNothingAboutPrimaries() {
        Human changed = human.changeEmail(id(human, 1), new Human.EmailChanges(null, null, false), LATER);

        assertThat(primaryAddress(changed)).isEqualTo("a@example.test");
    }

    @Test
    void removingThePrimaryEmailPromotesTheOldestRemaining() {
        Human changed = human.removeEmail(id(human, 0), LATER);

        assertThat(changed.emails()).extracting(HumanEmail::email).containsExactly("b@example.test", "c@example.test");
        assertThat(primaryAddress(changed)).isEqualTo("b@example.test");
        assertVersionedOnce(changed);
    }

    @Test
    void removingAnotherEmailKeepsThePrimary() {
        Human changed = human.removeEmail(id(human, 1), LATER);

        assertThat(changed.emails()).extracting(HumanEmail::email).containsExactly("a@example.test", "c@example.test");
        assertThat(primaryAddress(changed)).isEqualTo("a@example.test");
    }

    @Test
    void anUnknownEmailIsNotFound() {
        UUID unknown = UUID.randomUUID();

        Refusals.refusal(NotFoundException.class, () -> human.removeEmail(unknown, LATER), "EMAIL_NOT_FOUND");
        Refusals.refusal(NotFoundException.class, () -> human.changeEmail(unknown, new Human.EmailChanges(null, null, true), LATER),
                "EMAIL_NOT_FOUND");
    }

    private void assertVersionedOnce(Human changed) {
        assertThat(changed.version()).isEqualTo(human.version() + 1);
        assertThat(changed.updatedAt()).isEqualTo(LATER.instant());
        assertOnePrimary(changed);
    }

    private static void assertOnePrimary(Human human) {
        assertThat(human.emails()).filteredOn(HumanEmail::primary).hasSize(1);
    }

    private static String primaryAddress(Human human) {
        return human.primaryEmail().map(HumanEmail::email).orElseThrow();
    }

    private static UUID id(Human human, int index) {
        return human.emails().get(index).id();
    }
}

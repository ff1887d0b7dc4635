package com.humanscrm.domain.human;

import static com.humanscrm.domain.human.HumanBuilder.MOBILE;
import static com.humanscrm.domain.human.HumanBuilder.aHuman;
import static com.humanscrm.domain.human.HumanBuilder.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.Refusals;
import com.humanscrm.domain.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HumanPhonesTest {

    private static final Clock LATER = Clocks.after(Duration.ofMinutes(5));

    /** +44 1 (primary), +44 2, +44 3 — created together, in that order. */
    private final Human human = aHuman().phones(phone("+44 1"), phone("+44 2"), phone("+44 3")).create();

    @Test
    void theFirstPhoneAddedBecomesPrimary() {
        Human withoutPhones = aHuman().create();

        Human changed = withoutPhones.addPhone(phone("+44 9"), LATER);

        assertThat(primaryNumber(changed)).isEqualTo("+44 9");
        assertThat(changed.version()).isEqualTo(withoutPhones.version() + 1);
        assertThat(changed.updatedAt()).isEqualTo(LATER.instant());
    }

    @Test
    void addingAPhoneKeepsThePrimaryUnlessTheNewOneIsMarked() {
        Human unmarked = human.addPhone(new Human.NewPhone("+44 4", MOBILE, true, false), LATER);
        Human marked = human.addPhone(new Human.NewPhone("+44 4", null, false, true), LATER);

        assertThat(primaryNumber(unmarked)).isEqualTo("+44 1");
        assertThat(unmarked.phones().getLast()).extracting(HumanPhone::label, HumanPhone::hasWhatsapp).containsExactly(MOBILE, true);
        assertThat(primaryNumber(marked)).isEqualTo("+44 4");
        assertOnePrimary(marked);
    }

    @Test
    void theSameNumberTwiceIsAllowed() {
        // Numbers are stored as given and households share landlines: no uniqueness to enforce.
        assertThat(human.addPhone(phone("+44 1"), LATER).phones()).hasSize(4);
    }

    @Test
    void anInvalidNumberIsAFieldError() {
        Refusals.fieldError(() -> human.addPhone(phone("1".repeat(51)), LATER), "number");
        Refusals.fieldError(() -> human.changePhone(id(0), new Human.PhoneChanges(" ", null, null, null), LATER), "number");
    }

    @Test
    void changingAPhoneReplacesOnlyTheFieldsGiven() {
        Human changed = human.changePhone(id(1), new Human.PhoneChanges(" +44 20 ", Optional.of(MOBILE), true, null), LATER);

        HumanPhone phone = changed.phones().get(1);
        assertThat(phone.number()).isEqualTo("+44 20");
        assertThat(phone.label()).isEqualTo(MOBILE);
        assertThat(phone.hasWhatsapp()).isTrue();
        assertThat(phone.primary()).isFalse();
        assertThat(phone.createdAt()).isEqualTo(Clocks.T0);
        assertThat(changed.version()).isEqualTo(human.version() + 1);
    }

    @Test
    void anEmptyLabelClearsIt() {
        Human labelled = human.changePhone(id(0), new Human.PhoneChanges(null, Optional.of(MOBILE), null, null), LATER);

        Human cleared = labelled.changePhone(id(0), new Human.PhoneChanges(null, Optional.empty(), null, null), LATER);

        assertThat(cleared.phones().getFirst().label()).isNull();
    }

    @Test
    void markingAPhonePrimaryDemotesTheOthers() {
        Human changed = human.changePhone(id(2), new Human.PhoneChanges(null, null, null, true), LATER);

        assertThat(primaryNumber(changed)).isEqualTo("+44 3");
        assertOnePrimary(changed);
    }

    @Test
    void unmarkingThePrimaryPhoneIsRefusedSoTheHumanKeepsOne() {
        Refusals.fieldError(() -> human.changePhone(id(0), new Human.PhoneChanges(null, null, null, false), LATER), "isPrimary");
    }

    @Test
    void removingThePrimaryPhonePromotesTheOldestRemaining() {
        Human changed = human.removePhone(id(0), LATER);

        assertThat(changed.phones()).extracting(HumanPhone::number).containsExactly("+44 2", "+44 3");
        assertThat(primaryNumber(changed)).isEqualTo("+44 2");
    }

    @Test
    void removingTheLastPhoneLeavesNone() {
        Human single = aHuman().phones(phone("+44 1")).create();

        assertThat(single.removePhone(single.phones().getFirst().id(), LATER).phones()).isEmpty();
    }

    @Test
    void anUnknownPhoneIsNotFound() {
        Refusals.refusal(NotFoundException.class, () -> human.removePhone(UUID.randomUUID(), LATER), "PHONE_NUMBER_NOT_FOUND");
    }

    private UUID id(int index) {
        return human.phones().get(index).id();
    }

    private static void assertOnePrimary(Human human) {
        assertThat(human.phones()).filteredOn(HumanPhone::primary).hasSize(1);
    }

    private static String primaryNumber(Human human) {
        return human.phones().stream().filter(HumanPhone::primary).map(HumanPhone::number).findFirst().orElseThrow();
    }
}

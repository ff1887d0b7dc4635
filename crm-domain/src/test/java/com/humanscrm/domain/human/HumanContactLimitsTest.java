package com.humanscrm.domain.human;

import static com.humanscrm.domain.human.HumanBuilder.aHuman;
import static com.humanscrm.domain.human.HumanBuilder.email;
import static com.humanscrm.domain.human.HumanBuilder.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.Refusals;
import com.humanscrm.domain.shared.RuleViolationException;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A human's lists of emails and phone numbers are bounded, so no request can make one cost without limit. */
class HumanContactLimitsTest {

    private static List<Human.NewEmail> emails(int count) {
        return IntStream.range(0, count).mapToObj(i -> email("ada" + i + "@example.test")).toList();
    }

    private static Human.NewPhone[] phones(int count) {
        return IntStream.range(0, count).mapToObj(i -> phone("+4420794600" + String.format("%02d", i))).toArray(Human.NewPhone[]::new);
    }

    @Test
    void aHumanMayHoldFiftyEmailsAndFiftyPhoneNumbers() {
        Human human = aHuman().emails(emails(Human.MAX_EMAILS)).phones(phones(Human.MAX_PHONES)).create();

        assertThat(human.emails()).hasSize(50);
        assertThat(human.phones()).hasSize(50);
    }

    @Test
    void aFiftyFirstEmailOrPhoneNumberIsRefusedOnItsList() {
        assertThat(Refusals.fieldError(() -> aHuman().emails(emails(51)).create(), "emails"))
                .containsExactly("must hold at most 50 emails");
        assertThat(Refusals.fieldError(() -> aHuman().phones(phones(51)).create(), "phones"))
                .containsExactly("must hold at most 50 phone numbers");
    }

    @Test
    void aLongListIsRefusedBeforeAnyOfItsEntriesIsLookedAt() {
        // 20,000 entries that are each invalid: the answer is about the count, not 20,000 field errors.
        List<Human.NewEmail> invalid = IntStream.range(0, 20_000).mapToObj(i -> email("not an address")).toList();

        assertThat(Refusals.fieldError(() -> aHuman().emails(invalid).create(), "emails")).hasSize(1);
    }

    @Test
    void aFullListTakesNoMore() {
        Human full = aHuman().emails(emails(Human.MAX_EMAILS)).phones(phones(Human.MAX_PHONES)).create();

        RuleViolationException email = catchThrowableOfType(RuleViolationException.class,
                () -> full.addEmail(email("one-more@example.test"), Clocks.t0()));
        RuleViolationException phone = catchThrowableOfType(RuleViolationException.class,
                () -> full.addPhone(HumanBuilder.phone("+442079469999"), Clocks.t0()));

        assertThat(email.formErrors()).containsExactly("A human holds at most 50 emails; remove one before adding another");
        assertThat(phone.formErrors()).containsExactly("A human holds at most 50 phone numbers; remove one before adding another");
    }

    @Test
    void aHumanStoredWithMoreThanTheLimitStillLoadsAndMayShedEntriesButGainsNone() {
        Human valid = aHuman().create();
        List<HumanEmail> tooMany = IntStream.range(0, 60).mapToObj(i -> new HumanEmail(UUID.randomUUID(),
                "ada" + i + "@example.test", null, i == 0, Clocks.T0, Clocks.T0)).toList();

        Human stored = Human.restore(valid.id(), "Ada", null, "Lovelace", HumanStatus.OPEN, valid.types(), tooMany,
                List.of(), 1, Clocks.T0, Clocks.T0);

        assertThat(stored.removeEmail(tooMany.getLast().id(), Clocks.t0()).emails()).hasSize(59);
        assertThat(catchThrowableOfType(RuleViolationException.class,
                () -> stored.addEmail(email("one-more@example.test"), Clocks.t0()))).isNotNull();
    }

    @Test
    void duplicateAddressesAreFoundWhateverTheirCase() {
        assertThat(Refusals.fieldError(() -> aHuman().emails(email("ada@example.test"), email("b@example.test"),
                email("ADA@Example.test")).create(), "emails[2].email")).containsExactly("is given twice");
    }
}

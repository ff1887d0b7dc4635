package com.humanscrm.domain.human;

import static com.humanscrm.domain.human.HumanBuilder.aHuman;
import static com.humanscrm.domain.human.HumanBuilder.email;
import static com.humanscrm.domain.human.HumanBuilder.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.Refusals;
import com.humanscrm.domain.contact.ContactField;
import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.ContactPoints;
import com.humanscrm.domain.contact.Contacts;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.NewContactPoint;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.shared.PartyStatus;
import com.humanscrm.domain.shared.RuleViolationException;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A human's lists of emails and phone numbers are bounded, so no request can make one cost without limit. */
class HumanContactLimitsTest {

    private static List<NewContactPoint<EmailAddress>> emails(int count) {
        return IntStream.range(0, count).mapToObj(i -> email("ada" + i + "@example.test")).toList();
    }

    private static List<NewContactPoint<PhoneNumber>> phones(int count) {
        return IntStream.range(0, count).mapToObj(i -> phone("+4420794600" + String.format("%02d", i))).toList();
    }

    @Test
    void aHumanMayHoldFiftyEmailsAndFiftyPhoneNumbers() {
        Human human = aHuman().emails(emails(ContactField.MAX_EMAILS)).phones(phones(ContactField.MAX_PHONES)).create();

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
        List<NewContactPoint<EmailAddress>> invalid =
                IntStream.range(0, 20_000).mapToObj(i -> email("not an address")).toList();

        assertThat(Refusals.fieldError(() -> aHuman().emails(invalid).create(), "emails")).hasSize(1);
    }

    @Test
    void aFullListTakesNoMore() {
        Human full = aHuman().emails(emails(ContactField.MAX_EMAILS)).phones(phones(ContactField.MAX_PHONES)).create();

        RuleViolationException email = catchThrowableOfType(RuleViolationException.class,
                () -> full.contacts().emails().add(UUID.randomUUID(), email("one-more@example.test"), Clocks.t0()));
        RuleViolationException phone = catchThrowableOfType(RuleViolationException.class,
                () -> full.contacts().phones().add(UUID.randomUUID(), phone("+442079469999"), Clocks.t0()));

        assertThat(email.formErrors()).containsExactly("No more than 50 emails are held; remove one before adding another");
        assertThat(phone.formErrors())
                .containsExactly("No more than 50 phone numbers are held; remove one before adding another");
    }

    @Test
    void aHumanStoredWithMoreThanTheLimitStillLoadsAndMayShedEntriesButGainsNone() {
        Human valid = aHuman().create();
        List<ContactPoint<EmailAddress>> tooMany = IntStream.range(0, 60).mapToObj(i -> new ContactPoint<>(UUID.randomUUID(),
                new EmailAddress("ada" + i + "@example.test"), null, i == 0, Clocks.T0, Clocks.T0)).toList();

        Human stored = Human.restore(valid.id(), "Ada", null, "Lovelace", PartyStatus.OPEN, valid.types(),
                Contacts.NONE.with(ContactPoints.restore(ContactField.EMAILS, tooMany)), 1, Clocks.T0, Clocks.T0);

        Human shed = stored.withContacts(stored.contacts().with(
                stored.contacts().emails().remove(tooMany.getLast().id(), Clocks.t0())), Clocks.t0());
        assertThat(shed.emails()).hasSize(59);
        assertThat(catchThrowableOfType(RuleViolationException.class,
                () -> stored.contacts().emails().add(UUID.randomUUID(), email("one-more@example.test"), Clocks.t0())))
                .isNotNull();
    }

    @Test
    void duplicateAddressesAreFoundWhateverTheirCase() {
        assertThat(Refusals.fieldError(() -> aHuman().emails(email("ada@example.test"), email("b@example.test"),
                email("ADA@Example.test")).create(), "emails[2].email")).containsExactly("is given twice");
    }

    @Test
    void duplicatePhoneNumbersAreFoundHoweverTheyAreWritten() {
        assertThat(Refusals.fieldError(() -> aHuman().phones(phone("+44 20 7946 0000"), phone("0044 (20) 7946-0000"))
                .create(), "phones[1].number")).containsExactly("is given twice");
    }
}

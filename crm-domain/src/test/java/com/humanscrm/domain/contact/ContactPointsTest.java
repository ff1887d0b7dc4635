package com.humanscrm.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.Refusals;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupItemId;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules an owner's emails and phone numbers keep, whoever the owner is. */
class ContactPointsTest {

    private static final Clock LATER = Clocks.after(Duration.ofMinutes(5));

    static final Label WORK = label("Work");
    static final Label PERSONAL = label("Personal");
    static final Label MOBILE = label("Mobile");

    @Nested
    class Emails {

        /** a@ (primary, Work), b@, c@ — created together, in that order. */
        private final ContactPoints<EmailAddress> emails = ContactPoints.create(ContactField.EMAILS,
                List.of(email("a@example.test", WORK), email("b@example.test"), email("c@example.test")), Clocks.t0());

        @Test
        void addingAnEmailKeepsThePrimaryAndAppendsIt() {
            UUID id = UUID.randomUUID();

            ContactPoints<EmailAddress> changed = emails.add(id, new NewContactPoint<>(address("d@example.test"), PERSONAL, false), LATER);

            assertThat(primaryAddress(changed)).isEqualTo("a@example.test");
            assertThat(addresses(changed)).containsExactly("a@example.test", "b@example.test", "c@example.test", "d@example.test");
            ContactPoint<EmailAddress> added = changed.entries().getLast();
            assertThat(added.id()).isEqualTo(id);
            assertThat(added.primary()).isFalse();
            assertThat(added.label()).isEqualTo(PERSONAL);
            assertThat(added.createdAt()).isEqualTo(LATER.instant());
            assertThat(added.updatedAt()).isEqualTo(LATER.instant());
            assertThat(changed.entries().getFirst()).as("the primary is untouched").isEqualTo(emails.entries().getFirst());
        }

        @Test
        void addingAPrimaryEmailDemotesTheOldOne() {
            ContactPoints<EmailAddress> changed = emails.add(UUID.randomUUID(), primaryEmail("d@example.test"), LATER);

            assertThat(primaryAddress(changed)).isEqualTo("d@example.test");
            assertOnePrimary(changed);
            assertThat(addresses(changed)).containsExactly("a@example.test", "b@example.test", "c@example.test", "d@example.test");
            assertThat(changed.entries().getFirst().updatedAt()).as("the demoted email changed too").isEqualTo(LATER.instant());
        }

        @Test
        void listsAreEqualWhenTheirEntriesAre() {
            ContactPoints<EmailAddress> same = ContactPoints.restore(ContactField.EMAILS, emails.entries());

            assertThat(same).isEqualTo(emails).hasSameHashCodeAs(emails);
            assertThat(emails.remove(id(2), LATER)).isNotEqualTo(emails);
        }

        @Test
        void theFirstEmailAddedToAnEmptyListBecomesPrimary() {
            ContactPoints<EmailAddress> empty = emails.remove(id(0), LATER).remove(id(1), LATER).remove(id(2), LATER);

            assertThat(empty.entries()).isEmpty();
            assertThat(empty.primary()).isEmpty();
            assertThat(primaryAddress(empty.add(UUID.randomUUID(), email("z@example.test"), LATER))).isEqualTo("z@example.test");
            assertThat(primaryAddress(ContactPoints.none(ContactField.EMAILS).add(UUID.randomUUID(), email("z@example.test"), LATER)))
                    .isEqualTo("z@example.test");
        }

        @Test
        void addingAnAddressAlreadyListedInAnyCaseIsADuplicate() {
            Refusals.conflict(() -> emails.add(UUID.randomUUID(), email(" B@EXAMPLE.test"), LATER), ConflictException.DUPLICATE);
        }

        @Test
        void addingAnInvalidOrMissingAddressIsAFieldError() {
            assertThat(Refusals.fieldError(() -> emails.add(UUID.randomUUID(), email("nope"), LATER), "email"))
                    .containsExactly("must be a well-formed email address");
            // Used to throw a NullPointerException from the duplicate check.
            assertThat(Refusals.fieldError(() -> emails.add(UUID.randomUUID(), email(null), LATER), "email"))
                    .containsExactly("is required");
        }

        @Test
        void changingAnAddressKeepsItsPositionCreationTimeLabelAndPrimaryFlag() {
            ContactPoints<EmailAddress> changed = emails.change(id(0), newAddress(" A.New@example.test "), LATER);

            ContactPoint<EmailAddress> email = changed.entries().getFirst();
            assertThat(email.id()).isEqualTo(id(0));
            assertThat(email.value().address()).isEqualTo("A.New@example.test");
            assertThat(email.primary()).isTrue();
            assertThat(email.label()).isEqualTo(WORK);
            assertThat(email.createdAt()).isEqualTo(Clocks.T0);
            assertThat(email.updatedAt()).isEqualTo(LATER.instant());
            assertThat(addresses(changed)).containsExactly("A.New@example.test", "b@example.test", "c@example.test");
            assertOnePrimary(changed);
        }

        @Test
        void changingAnAddressToAnInvalidOneIsAFieldError() {
            Refusals.fieldError(() -> emails.change(id(1), newAddress("not an address"), LATER), "email");
        }

        @Test
        void changingAnAddressToAnotherListedAddressIsADuplicate() {
            Refusals.conflict(() -> emails.change(id(0), newAddress("C@example.test"), LATER), ConflictException.DUPLICATE);
        }

        @Test
        void changingOnlyTheCaseOfAnAddressIsNotADuplicate() {
            ContactPoints<EmailAddress> changed = emails.change(id(1), newAddress("B@Example.Test"), LATER);

            assertThat(changed.entries().get(1).value().address()).isEqualTo("B@Example.Test");
        }

        @Test
        void anEmptyLabelClearsItAndAGivenOneReplacesIt() {
            ContactPoints<EmailAddress> cleared = emails.change(id(0), labelled(Optional.empty()), LATER);
            ContactPoints<EmailAddress> relabelled = emails.change(id(1), labelled(Optional.of(PERSONAL)), LATER);

            assertThat(cleared.entries().getFirst().label()).isNull();
            assertThat(cleared.entries().getFirst().value().address()).isEqualTo("a@example.test");
            assertThat(relabelled.entries().get(1).label()).isEqualTo(PERSONAL);
            assertThat(relabelled.entries().getFirst().label()).isEqualTo(WORK);
        }

        @Test
        void markingAnEmailPrimaryDemotesTheOthers() {
            ContactPoints<EmailAddress> changed = emails.change(id(2), primary(true), LATER);

            assertThat(primaryAddress(changed)).isEqualTo("c@example.test");
            assertOnePrimary(changed);
            assertThat(changed.entries().getFirst().updatedAt()).as("the demoted email changed too").isEqualTo(LATER.instant());
            assertThat(changed.entries().get(1)).as("an email that was not primary is untouched").isEqualTo(emails.entries().get(1));
        }

        @Test
        void unmarkingThePrimaryEmailIsRefusedSoTheOwnerKeepsOne() {
            assertThat(Refusals.fieldError(() -> emails.change(id(0), primary(false), LATER), "isPrimary"))
                    .containsExactly("cannot be unset on the primary email; mark another one as primary instead");
        }

        @Test
        void unmarkingAnEmailThatIsNotPrimaryChangesNothingAboutPrimaries() {
            ContactPoints<EmailAddress> changed = emails.change(id(1), primary(false), LATER);

            assertThat(primaryAddress(changed)).isEqualTo("a@example.test");
            assertOnePrimary(changed);
        }

        @Test
        void removingThePrimaryEmailPromotesTheOldestRemaining() {
            ContactPoints<EmailAddress> changed = emails.remove(id(0), LATER);

            assertThat(addresses(changed)).containsExactly("b@example.test", "c@example.test");
            assertThat(primaryAddress(changed)).isEqualTo("b@example.test");
            assertThat(changed.entries().getFirst().updatedAt()).as("the promoted email changed").isEqualTo(LATER.instant());
            assertOnePrimary(changed);
        }

        @Test
        void removingAnotherEmailKeepsThePrimary() {
            ContactPoints<EmailAddress> changed = emails.remove(id(1), LATER);

            assertThat(addresses(changed)).containsExactly("a@example.test", "c@example.test");
            assertThat(primaryAddress(changed)).isEqualTo("a@example.test");
        }

        @Test
        void anUnknownEmailIsNotFound() {
            UUID unknown = UUID.randomUUID();

            Refusals.refusal(NotFoundException.class, () -> emails.remove(unknown, LATER), "EMAIL_NOT_FOUND");
            Refusals.refusal(NotFoundException.class, () -> emails.change(unknown, primary(true), LATER), "EMAIL_NOT_FOUND");
            Refusals.refusal(NotFoundException.class, () -> emails.find(unknown), "EMAIL_NOT_FOUND");
        }

        @Test
        void everyChangeLeavesTheOriginalUntouched() {
            List<ContactPoint<EmailAddress>> before = emails.entries();

            emails.add(UUID.randomUUID(), primaryEmail("d@example.test"), LATER);
            emails.change(id(2), primary(true), LATER);
            emails.remove(id(0), LATER);

            assertThat(emails.entries()).isEqualTo(before);
            assertThat(primaryAddress(emails)).isEqualTo("a@example.test");
        }

        @Test
        void theSnapshotShowsEveryEntryInWireNames() {
            assertThat(emails.snapshot()).first().isEqualTo(Map.of("id", id(0).toString(), "email", "a@example.test",
                    "label", "Work", "isPrimary", true));
            assertThat(emails.snapshot().get(1)).containsEntry("label", null).containsEntry("isPrimary", false);
        }

        private UUID id(int index) {
            return emails.entries().get(index).id();
        }
    }

    @Nested
    class Phones {

        /** …0001 (primary), …0002, …0003 — created together, in that order. */
        private final ContactPoints<PhoneNumber> phones = ContactPoints.create(ContactField.PHONES,
                List.of(phone("+44 20 7946 0001"), phone("+44 20 7946 0002"), phone("+44 20 7946 0003")), Clocks.t0());

        @Test
        void theFirstPhoneAddedBecomesPrimary() {
            ContactPoints<PhoneNumber> changed = ContactPoints.none(ContactField.PHONES)
                    .add(UUID.randomUUID(), phone("+44 20 7946 0009"), LATER);

            assertThat(primaryNumber(changed)).isEqualTo("+44 20 7946 0009");
            assertThat(changed.entries().getFirst().createdAt()).isEqualTo(LATER.instant());
        }

        @Test
        void addingAPhoneKeepsThePrimaryUnlessTheNewOneIsMarked() {
            ContactPoints<PhoneNumber> unmarked = phones.add(UUID.randomUUID(),
                    new NewContactPoint<>(() -> new PhoneNumber("+44 20 7946 0004", true), MOBILE, false), LATER);
            ContactPoints<PhoneNumber> marked = phones.add(UUID.randomUUID(),
                    new NewContactPoint<>(() -> new PhoneNumber("+44 20 7946 0004", false), null, true), LATER);

            assertThat(primaryNumber(unmarked)).isEqualTo("+44 20 7946 0001");
            assertThat(unmarked.entries().getLast()).extracting(p -> p.value().number(), ContactPoint::label, p -> p.value().hasWhatsapp())
                    .containsExactly("+44 20 7946 0004", MOBILE, true);
            assertThat(primaryNumber(marked)).isEqualTo("+44 20 7946 0004");
            assertOnePrimary(marked);
            assertThat(marked.entries().getFirst().updatedAt()).as("the demoted phone changed too").isEqualTo(LATER.instant());
        }

        @Test
        void theSameNumberTwiceIsADuplicate() {
            Refusals.conflict(() -> phones.add(UUID.randomUUID(), phone("+44 20 7946 0001"), LATER), ConflictException.DUPLICATE);
        }

        @Test
        void theSameNumberWrittenDifferentlyIsADuplicate() {
            ContactPoints<PhoneNumber> london = ContactPoints.create(ContactField.PHONES, List.of(phone("+44 20 7946 0000")), Clocks.t0());

            Refusals.conflict(() -> london.add(UUID.randomUUID(), phone("0044 (20) 7946-0000"), LATER), ConflictException.DUPLICATE);
            Refusals.conflict(() -> phones.change(phones.entries().get(1).id(), newNumber("0044 20 7946 0001"), LATER),
                    ConflictException.DUPLICATE);
        }

        @Test
        void nationalNumbersAreComparedAsWritten() {
            // Without a country code there is no telling which number is meant, so only the very same text is alike.
            ContactPoints<PhoneNumber> national = ContactPoints.create(ContactField.PHONES, List.of(phone("020 7946 0000")), Clocks.t0());

            Refusals.conflict(() -> national.add(UUID.randomUUID(), phone(" 020 7946 0000 "), LATER), ConflictException.DUPLICATE);
            assertThat(national.add(UUID.randomUUID(), phone("020-7946-0000"), LATER).entries()).hasSize(2);
        }

        @Test
        void anInvalidOrMissingNumberIsAFieldError() {
            assertThat(Refusals.fieldError(() -> phones.add(UUID.randomUUID(), phone("1".repeat(51)), LATER), "number"))
                    .containsExactly("must be between 1 and 50 characters");
            assertThat(Refusals.fieldError(() -> phones.add(UUID.randomUUID(), phone(null), LATER), "number"))
                    .containsExactly("is required");
            assertThat(Refusals.fieldError(() -> phones.change(id(0), newNumber(" "), LATER), "number"))
                    .containsExactly("must not be blank");
        }

        @Test
        void changingAPhoneReplacesOnlyTheFieldsGiven() {
            ContactPoints<PhoneNumber> changed = phones.change(id(1),
                    new ContactChange<>(p -> new PhoneNumber(" +44 20 7946 0020 ", true), Optional.of(MOBILE), null), LATER);

            ContactPoint<PhoneNumber> phone = changed.entries().get(1);
            assertThat(phone.id()).isEqualTo(id(1));
            assertThat(phone.value().number()).isEqualTo("+44 20 7946 0020");
            assertThat(phone.value().hasWhatsapp()).isTrue();
            assertThat(phone.label()).isEqualTo(MOBILE);
            assertThat(phone.primary()).isFalse();
            assertThat(phone.createdAt()).isEqualTo(Clocks.T0);
            assertThat(phone.updatedAt()).isEqualTo(LATER.instant());
            assertThat(primaryNumber(changed)).isEqualTo("+44 20 7946 0001");
        }

        @Test
        void changingOnlyWhatsappKeepsTheNumberAndIsNoDuplicateOfItself() {
            ContactPoints<PhoneNumber> changed = phones.change(id(0),
                    new ContactChange<>(p -> new PhoneNumber(p.number(), true), null, null), LATER);

            assertThat(changed.entries().getFirst()).extracting(p -> p.value().number(), p -> p.value().hasWhatsapp(), ContactPoint::primary)
                    .containsExactly("+44 20 7946 0001", true, true);
        }

        @Test
        void anEmptyLabelClearsIt() {
            ContactPoints<PhoneNumber> labelled = phones.change(id(0), new ContactChange<>(UnaryOperator.identity(), Optional.of(MOBILE), null), LATER);

            ContactPoints<PhoneNumber> cleared = labelled.change(id(0), new ContactChange<>(UnaryOperator.identity(), Optional.empty(), null), LATER);

            assertThat(labelled.entries().getFirst().label()).isEqualTo(MOBILE);
            assertThat(cleared.entries().getFirst().label()).isNull();
        }

        @Test
        void markingAPhonePrimaryDemotesTheOthers() {
            ContactPoints<PhoneNumber> changed = phones.change(id(2), primary(true), LATER);

            assertThat(primaryNumber(changed)).isEqualTo("+44 20 7946 0003");
            assertOnePrimary(changed);
        }

        @Test
        void unmarkingThePrimaryPhoneIsRefusedSoTheOwnerKeepsOne() {
            assertThat(Refusals.fieldError(() -> phones.change(id(0), primary(false), LATER), "isPrimary"))
                    .containsExactly("cannot be unset on the primary phone number; mark another one as primary instead");
        }

        @Test
        void removingThePrimaryPhonePromotesTheOldestRemaining() {
            ContactPoints<PhoneNumber> changed = phones.remove(id(0), LATER);

            assertThat(changed.entries()).extracting(p -> p.value().number()).containsExactly("+44 20 7946 0002", "+44 20 7946 0003");
            assertThat(primaryNumber(changed)).isEqualTo("+44 20 7946 0002");
        }

        @Test
        void removingTheLastPhoneLeavesNone() {
            ContactPoints<PhoneNumber> single = ContactPoints.create(ContactField.PHONES, List.of(phone("+44 20 7946 0001")), Clocks.t0());

            ContactPoints<PhoneNumber> none = single.remove(single.entries().getFirst().id(), LATER);

            assertThat(none.entries()).isEmpty();
            assertThat(none.primary()).isEmpty();
        }

        @Test
        void anUnknownPhoneIsNotFound() {
            UUID unknown = UUID.randomUUID();

            Refusals.refusal(NotFoundException.class, () -> phones.remove(unknown, LATER), "PHONE_NUMBER_NOT_FOUND");
            Refusals.refusal(NotFoundException.class, () -> phones.change(unknown, primary(true), LATER), "PHONE_NUMBER_NOT_FOUND");
        }

        @Test
        void theSnapshotShowsTheNumberAsGivenAndWhatsapp() {
            assertThat(phones.snapshot().getFirst()).isEqualTo(withNullLabel(id(0)));
        }

        private UUID id(int index) {
            return phones.entries().get(index).id();
        }
    }

    @Nested
    class Creation {

        @Test
        void theFirstEntryBecomesPrimaryWhenNoneIsMarked() {
            ContactPoints<EmailAddress> emails = ContactPoints.create(ContactField.EMAILS,
                    List.of(email("a@example.test"), email("b@example.test")), Clocks.t0());

            assertThat(emails.entries()).extracting(e -> e.value().address(), ContactPoint::primary)
                    .containsExactly(tuple("a@example.test", true), tuple("b@example.test", false));
            assertThat(emails.entries()).allSatisfy(e -> {
                assertThat(e.createdAt()).isEqualTo(Clocks.T0);
                assertThat(e.id().version()).isEqualTo(7);
            });
        }

        @Test
        void anEntryMarkedPrimaryIsTheOnlyPrimary() {
            ContactPoints<EmailAddress> emails = ContactPoints.create(ContactField.EMAILS,
                    List.of(email("a@example.test"), primaryEmail("b@example.test")), Clocks.t0());

            assertThat(primaryAddress(emails)).isEqualTo("b@example.test");
            assertOnePrimary(emails);
        }

        @Test
        void anEmptyListIsEmptyAndHasNoPrimary() {
            ContactPoints<PhoneNumber> phones = ContactPoints.create(ContactField.PHONES, List.of(), Clocks.t0());

            assertThat(phones.entries()).isEmpty();
            assertThat(phones.primary()).isEmpty();
            assertThat(phones).isEqualTo(ContactPoints.none(ContactField.PHONES));
        }

        @Test
        void twoPrimariesAreRefusedOnTheList() {
            Refusals.fieldError(() -> ContactPoints.create(ContactField.EMAILS,
                    List.of(primaryEmail("a@example.test"), primaryEmail("b@example.test")), Clocks.t0()), "emails");
            Refusals.fieldError(() -> ContactPoints.create(ContactField.PHONES, List.of(
                    new NewContactPoint<>(() -> new PhoneNumber("+44 20 7946 0001", false), null, true),
                    new NewContactPoint<>(() -> new PhoneNumber("+44 20 7946 0002", false), null, true)), Clocks.t0()), "phones");
        }

        @Test
        void aStoredListWithTwoPrimariesIsRefused() {
            List<ContactPoint<EmailAddress>> twoPrimaries = List.of(
                    new ContactPoint<>(UUID.randomUUID(), new EmailAddress("a@example.test"), null, true, Clocks.T0, Clocks.T0),
                    new ContactPoint<>(UUID.randomUUID(), new EmailAddress("b@example.test"), null, true, Clocks.T0, Clocks.T0));

            Refusals.fieldError(() -> ContactPoints.restore(ContactField.EMAILS, twoPrimaries), "emails");
        }

        @Test
        void aStoredListIsKeptAsStored() {
            List<ContactPoint<EmailAddress>> stored = List.of(
                    new ContactPoint<>(UUID.randomUUID(), new EmailAddress("b@example.test"), WORK, false, Clocks.T0, Clocks.T0),
                    new ContactPoint<>(UUID.randomUUID(), new EmailAddress("a@example.test"), null, true, Clocks.T0, LATER.instant()));

            assertThat(ContactPoints.restore(ContactField.EMAILS, stored).entries()).isEqualTo(stored);
        }

        @Test
        void theSameAddressTwiceIsRefusedAtItsPositionWhateverItsCase() {
            assertThat(Refusals.fieldError(() -> ContactPoints.create(ContactField.EMAILS,
                    List.of(email("ada@example.test"), email("b@example.test"), email(" ADA@Example.test ")), Clocks.t0()),
                    "emails[2].email")).containsExactly("is given twice");
        }

        @Test
        void theSamePhoneNumberTwiceIsRefusedAtItsPositionHoweverItIsWritten() {
            assertThat(Refusals.fieldError(() -> ContactPoints.create(ContactField.PHONES,
                    List.of(phone("+44 20 7946 0000"), phone("0044 (20) 7946-0000")), Clocks.t0()),
                    "phones[1].number")).containsExactly("is given twice");
        }

        @Test
        void everyInvalidEntryIsReportedAtItsPositionAtOnce() {
            RuleViolationException refusal = catchThrowableOfType(RuleViolationException.class, () -> ContactPoints.create(
                    ContactField.EMAILS, List.of(email("not an address"), email("ok@example.test"), email(null),
                            email("OK@example.test")), Clocks.t0()));

            assertThat(refusal).isNotNull();
            assertThat(refusal.fieldErrors()).containsOnly(
                    Map.entry("emails[0].email", List.of("must be a well-formed email address")),
                    Map.entry("emails[2].email", List.of("is required")),
                    Map.entry("emails[3].email", List.of("is given twice")));
        }

        @Test
        void anInvalidPhoneNumberIsReportedAtItsPosition() {
            Refusals.fieldError(() -> ContactPoints.create(ContactField.PHONES,
                    List.of(phone("+44 20 7946 0001"), phone("1".repeat(51))), Clocks.t0()), "phones[1].number");
            Refusals.fieldError(() -> ContactPoints.create(ContactField.PHONES, List.of(phone(" ")), Clocks.t0()),
                    "phones[0].number");
        }
    }

    /** A list is bounded when it is made or grows, so no request can make one cost without limit. */
    @Nested
    class Limits {

        @Test
        void aListMayHoldFiftyEntries() {
            assertThat(ContactField.MAX_EMAILS).isEqualTo(50);
            assertThat(ContactField.MAX_PHONES).isEqualTo(50);
            assertThat(ContactPoints.create(ContactField.EMAILS, emails(50), Clocks.t0()).entries()).hasSize(50);
            assertThat(ContactPoints.create(ContactField.PHONES, phones(50), Clocks.t0()).entries()).hasSize(50);
        }

        @Test
        void aFiftyFirstEntryIsRefusedOnItsList() {
            assertThat(Refusals.fieldError(() -> ContactPoints.create(ContactField.EMAILS, emails(51), Clocks.t0()), "emails"))
                    .containsExactly("must hold at most 50 emails");
            assertThat(Refusals.fieldError(() -> ContactPoints.create(ContactField.PHONES, phones(51), Clocks.t0()), "phones"))
                    .containsExactly("must hold at most 50 phone numbers");
        }

        @Test
        void aLongListIsRefusedBeforeAnyOfItsEntriesIsLookedAt() {
            List<NewContactPoint<EmailAddress>> invalid = IntStream.range(0, 20_000)
                    .mapToObj(i -> new NewContactPoint<EmailAddress>(() -> {
                        throw new AssertionError("entry " + i + " was looked at");
                    }, null, false)).toList();

            assertThat(Refusals.fieldError(() -> ContactPoints.create(ContactField.EMAILS, invalid, Clocks.t0()), "emails")).hasSize(1);
        }

        @Test
        void aFullListTakesNoMore() {
            ContactPoints<EmailAddress> emails = ContactPoints.create(ContactField.EMAILS, emails(50), Clocks.t0());
            ContactPoints<PhoneNumber> phones = ContactPoints.create(ContactField.PHONES, phones(50), Clocks.t0());

            RuleViolationException email = catchThrowableOfType(RuleViolationException.class,
                    () -> emails.add(UUID.randomUUID(), email("one-more@example.test"), LATER));
            RuleViolationException phone = catchThrowableOfType(RuleViolationException.class,
                    () -> phones.add(UUID.randomUUID(), phone("+44 20 7946 9999"), LATER));

            assertThat(email.formErrors()).containsExactly("No more than 50 emails are held; remove one before adding another");
            assertThat(email.fieldErrors()).isEmpty();
            assertThat(phone.formErrors()).containsExactly("No more than 50 phone numbers are held; remove one before adding another");
        }

        @Test
        void aListStoredWithMoreThanTheLimitStillLoadsAndMayShedEntriesButGainsNone() {
            List<ContactPoint<EmailAddress>> tooMany = IntStream.range(0, 60).mapToObj(i -> new ContactPoint<>(UUID.randomUUID(),
                    new EmailAddress("ada" + i + "@example.test"), null, i == 0, Clocks.T0, Clocks.T0)).toList();

            ContactPoints<EmailAddress> stored = ContactPoints.restore(ContactField.EMAILS, tooMany);

            assertThat(stored.remove(tooMany.getLast().id(), LATER).entries()).hasSize(59);
            assertThat(stored.change(tooMany.get(1).id(), labelled(Optional.of(WORK)), LATER).entries()).hasSize(60);
            assertThat(catchThrowableOfType(RuleViolationException.class,
                    () -> stored.add(UUID.randomUUID(), email("one-more@example.test"), LATER)).formErrors()).hasSize(1);
        }

        private static List<NewContactPoint<EmailAddress>> emails(int count) {
            return IntStream.range(0, count).mapToObj(i -> email("ada" + i + "@example.test")).toList();
        }

        private static List<NewContactPoint<PhoneNumber>> phones(int count) {
            return IntStream.range(0, count).mapToObj(i -> phone("+4420794600" + String.format("%02d", i))).toList();
        }
    }

    private static Map<String, Object> withNullLabel(UUID id) {
        Map<String, Object> expected = new java.util.HashMap<>();
        expected.put("id", id.toString());
        expected.put("number", "+44 20 7946 0001");
        expected.put("label", null);
        expected.put("hasWhatsapp", false);
        expected.put("isPrimary", true);
        return expected;
    }

    static NewContactPoint<EmailAddress> email(String address) {
        return email(address, null);
    }

    static NewContactPoint<EmailAddress> email(String address, Label label) {
        return new NewContactPoint<>(address(address), label, false);
    }

    static NewContactPoint<EmailAddress> primaryEmail(String address) {
        return new NewContactPoint<>(address(address), null, true);
    }

    static NewContactPoint<PhoneNumber> phone(String number) {
        return new NewContactPoint<>(() -> new PhoneNumber(number, false), null, false);
    }

    private static java.util.function.Supplier<EmailAddress> address(String address) {
        return () -> new EmailAddress(address);
    }

    private static ContactChange<EmailAddress> newAddress(String address) {
        return new ContactChange<>(current -> new EmailAddress(address), null, null);
    }

    private static ContactChange<PhoneNumber> newNumber(String number) {
        return new ContactChange<>(current -> new PhoneNumber(number, current.hasWhatsapp()), null, null);
    }

    private static ContactChange<EmailAddress> labelled(Optional<Label> label) {
        return new ContactChange<>(UnaryOperator.identity(), label, null);
    }

    private static <V extends ContactValue> ContactChange<V> primary(boolean primary) {
        return new ContactChange<>(UnaryOperator.identity(), null, primary);
    }

    private static <V extends ContactValue> void assertOnePrimary(ContactPoints<V> points) {
        assertThat(points.entries()).filteredOn(ContactPoint::primary).hasSize(1);
        assertThat(points.primary()).isPresent();
    }

    private static List<String> addresses(ContactPoints<EmailAddress> emails) {
        return emails.entries().stream().map(e -> e.value().address()).toList();
    }

    private static String primaryAddress(ContactPoints<EmailAddress> emails) {
        return emails.primary().map(e -> e.value().address()).orElseThrow();
    }

    private static String primaryNumber(ContactPoints<PhoneNumber> phones) {
        return phones.primary().map(p -> p.value().number()).orElseThrow();
    }

    private static Label label(String name) {
        return new Label(new LookupItemId(Ids.newId(Clocks.t0())), name);
    }
}

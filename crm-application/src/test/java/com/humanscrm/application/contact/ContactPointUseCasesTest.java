package com.humanscrm.application.contact;

import static com.humanscrm.application.testing.NewHumanBuilder.aHuman;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.humanscrm.application.human.HumanUseCases;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.testing.Observed;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.audit.FieldChange;
import com.humanscrm.domain.contact.ContactField;
import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.ContactValue;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.RuleViolationException;
import com.humanscrm.domain.shared.VersionMismatchException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * AddContactPoint, ChangeContactPoint and RemoveContactPoint over a human's emails and phone numbers:
 * the same rules for both lists, so the same tests run over each; each edit changes the human as a whole,
 * one version later. What only phone numbers have (WhatsApp, E.164 spellings) follows at the end.
 */
class ContactPointUseCasesTest extends UseCaseTest {

    /** One of the two lists, and the values and labels the tests use with it. */
    record Kind<V extends ContactValue>(
            ContactField<V> field,
            LookupList labels,
            String notFoundCode,
            Function<HumanUseCases, ContactPointUseCases<V>> useCases,
            /* A value as a colleague types it. */
            Function<String, V> typed,
            /* The current value retyped, keeping what the text does not give (a phone's WhatsApp flag). */
            BiFunction<V, String, V> retyped,
            /* What Ada has, in this order: the first labelled and primary, the second neither. */
            String firstValue, String firstLabel, String secondValue,
            /* A value Ada does not have; the second value in another spelling; a value the domain refuses. */
            String freshValue, String secondValueRespelled, String invalidValue,
            /* A label of this list as typed, and its name; labels this list does not have. */
            String labelTyped, String labelName, List<String> unknownLabels) {

        @Override
        public String toString() {
            return field.name();
        }
    }

    static final Kind<EmailAddress> EMAILS = new Kind<>(ContactField.EMAILS, LookupList.HUMAN_EMAIL_LABELS,
            "EMAIL_NOT_FOUND", HumanUseCases::emails, EmailAddress::new, (current, text) -> new EmailAddress(text),
            "a@example.test", "Work", "b@example.test",
            "c@example.test", "B@Example.TEST", "not-an-address",
            " personal ", "Personal", List.of("Office", "Mobile"));

    static final Kind<PhoneNumber> PHONES = new Kind<>(ContactField.PHONES, LookupList.HUMAN_PHONE_LABELS,
            "PHONE_NUMBER_NOT_FOUND", HumanUseCases::phones, text -> new PhoneNumber(text, false),
            (current, text) -> new PhoneNumber(text, current.hasWhatsapp()),
            "+44 20 7946 0001", "Mobile", "+44 20 7946 0002",
            "+44 20 7946 0003", "0044 (20) 7946-0002", " ",
            "HOME", "Home", List.of("Office", "Personal"));

    static Stream<Kind<?>> kinds() {
        return Stream.of(EMAILS, PHONES);
    }

    private final Human ada = aHuman()
            .email(EMAILS.firstValue(), EMAILS.firstLabel()).email(EMAILS.secondValue())
            .phone(PHONES.firstValue(), PHONES.firstLabel(), true).phone(PHONES.secondValue())
            .createdIn(crm);

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void anAddedEntryComesBackWithItsLabelFoundByNameAndTheHumanOneVersionLater(Kind<?> kind) {
        ContactPoint<?> added = add(kind, kind.freshValue(), kind.labelTyped(), false);

        assertThat(added.value().shown()).isEqualTo(kind.freshValue());
        assertThat(added.label()).isEqualTo(crm.lookups.findByName(kind.labels(), kind.labelName()).orElseThrow().asLabel());
        assertThat(added.label().name()).isEqualTo(kind.labelName());
        assertThat(added.primary()).isFalse();
        assertThat(stored(kind)).extracting(ContactPoint::id).containsExactly(first(kind), second(kind), added.id());
        assertThat(stored(kind)).last().usingRecursiveComparison().isEqualTo(added);
        assertThat(storedHuman().version()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void eachEditIsOneTransactionWithOneAuditEntryOnlyAboutItsList(Kind<?> kind) {
        Observed<ContactPoint<?>> added = observe(() -> add(kind, kind.freshValue(), null, false));
        Observed<ContactPoint<?>> changed = observe(() -> change(kind, second(kind), new Change(null, Optional.of("Other"), null)));
        Observed<Void> removed = observeVoid(() -> remove(kind, agent, ada.id().value(), first(kind), null));

        for (Observed<?> edit : List.of(added, changed, removed)) {
            AuditEntry entry = edit.onlyAuditEntry();
            assertAudit(entry, AuditAction.UPDATE, RecordKind.HUMAN, ada.id().value(), agent);
            assertThat(entry.changes()).containsOnlyKeys(kind.field().name());
        }
        FieldChange addition = added.onlyAuditEntry().changes().get(kind.field().name());
        assertThat(addition.newValue()).asInstanceOf(InstanceOfAssertFactories.LIST)
                .extracting(entry -> (Object) ((Map<?, ?>) entry).get(kind.field().valueField()))
                .containsExactly(kind.firstValue(), kind.secondValue(), kind.freshValue());
        FieldChange removal = removed.onlyAuditEntry().changes().get(kind.field().name());
        assertThat(removal.oldValue()).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(3);
        assertThat(removal.newValue()).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(2);
        assertThat(storedHuman().version()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void addingAPrimaryEntryMakesItTheOnlyPrimary(Kind<?> kind) {
        ContactPoint<?> added = add(kind, kind.freshValue(), null, true);

        assertThat(stored(kind)).extracting(ContactPoint::id, ContactPoint::primary)
                .containsExactly(tuple(first(kind), false), tuple(second(kind), false), tuple(added.id(), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void addingOrChangingToAValueTheHumanHasIsADuplicateEvenInAnotherSpelling(Kind<?> kind) {
        refused(ConflictException.class, ConflictException.DUPLICATE,
                () -> add(kind, kind.secondValueRespelled(), null, false));
        refused(ConflictException.class, ConflictException.DUPLICATE,
                () -> change(kind, first(kind), new Change(kind.secondValueRespelled(), null, null)));

        assertThat(stored(kind)).extracting(point -> point.value().shown()).containsExactly(kind.firstValue(), kind.secondValue());
        assertThat(storedHuman().version()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void anUnknownLabelIsAFieldErrorOnTheLabel(Kind<?> kind) {
        // Includes a label of the other list: it must be refused, not silently cross-linked.
        for (String unknown : kind.unknownLabels()) {
            assertThat(refusedOnField("label", () -> add(kind, kind.freshValue(), unknown, false)))
                    .containsExactly("must be a name from the " + kind.labels().slug() + " list");
            refusedOnField("label", () -> change(kind, first(kind), new Change(null, Optional.of(unknown), null)));
        }
        assertThat(storedHuman().version()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void anInvalidValueAndAnUnknownLabelAreReportedAtOnce(Kind<?> kind) {
        String label = kind.unknownLabels().getFirst();
        RuleViolationException added = refused(RuleViolationException.class, "VALIDATION_FAILED",
                () -> add(kind, kind.invalidValue(), label, false));
        RuleViolationException changed = refused(RuleViolationException.class, "VALIDATION_FAILED",
                () -> change(kind, second(kind), new Change(kind.invalidValue(), Optional.of(label), null)));

        for (RuleViolationException refusal : List.of(added, changed)) {
            assertThat(refusal.fieldErrors()).containsOnlyKeys(kind.field().valueField(), "label");
            assertThat(refusal.fieldErrors().values()).allSatisfy(problems -> assertThat(problems).hasSize(1));
        }
        assertThat(storedHuman().version()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aLabelIsReplacedByNameOrClearedByAnEmptyOne(Kind<?> kind) {
        ContactPoint<?> relabelled = change(kind, second(kind), new Change(null, Optional.of(" other"), null));
        ContactPoint<?> cleared = change(kind, first(kind), new Change(null, Optional.empty(), null));

        assertThat(relabelled.label().name()).isEqualTo("Other");
        assertThat(cleared.label()).isNull();
        assertThat(stored(kind)).extracting(point -> point.label() == null ? null : point.label().name())
                .containsExactly(null, "Other");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aChangeReplacesOnlyWhatItGives(Kind<?> kind) {
        ContactPoint<?> retyped = change(kind, first(kind), new Change(kind.freshValue(), null, null));

        assertThat(retyped.value().shown()).isEqualTo(kind.freshValue());
        assertThat(retyped.label().name()).isEqualTo(kind.firstLabel());
        assertThat(retyped.primary()).isTrue();
        assertThat(retyped.createdAt()).isEqualTo(ada.contacts().of(kind.field()).entries().getFirst().createdAt());
        assertThat(retyped.updatedAt()).isAfter(retyped.createdAt());

        ContactPoint<?> relabelled = change(kind, first(kind), new Change(null, Optional.of("Other"), null));
        assertThat(relabelled.value().shown()).isEqualTo(kind.freshValue());
        assertThat(relabelled.primary()).isTrue();
        assertThat(storedHuman().version()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void markingAnotherEntryPrimaryMovesTheFlag(Kind<?> kind) {
        change(kind, second(kind), new Change(null, null, true));

        assertThat(stored(kind)).extracting(ContactPoint::primary).containsExactly(false, true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void unmarkingThePrimaryEntryIsRefused(Kind<?> kind) {
        refusedOnField("isPrimary", () -> change(kind, first(kind), new Change(null, null, false)));

        assertThat(stored(kind)).extracting(ContactPoint::primary).containsExactly(true, false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void changingAnEntryToWhatItIsIsNoChange(Kind<?> kind) {
        Observed<ContactPoint<?>> first = observe(() -> change(kind, first(kind),
                new Change(kind.firstValue(), Optional.of(kind.firstLabel()), true)));
        Observed<ContactPoint<?>> second = observe(() -> change(kind, second(kind),
                new Change(kind.secondValue(), Optional.empty(), false)));

        first.auditedNothing();
        second.auditedNothing();
        assertThat(first.result()).usingRecursiveComparison().isEqualTo(stored(kind).getFirst());
        assertThat(storedHuman().version()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void removingThePrimaryEntryPromotesTheOldestRemaining(Kind<?> kind) {
        remove(kind, agent, ada.id().value(), first(kind), null);

        assertThat(stored(kind)).extracting(ContactPoint::id, ContactPoint::primary).containsExactly(tuple(second(kind), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void anUnknownEntryIsNotFound(Kind<?> kind) {
        UUID unknown = UUID.randomUUID();

        refused(NotFoundException.class, kind.notFoundCode(),
                () -> change(kind, unknown, new Change(kind.freshValue(), null, null)));
        refused(NotFoundException.class, kind.notFoundCode(), () -> remove(kind, agent, ada.id().value(), unknown, null));
        // An entry of the other list is no entry of this one.
        UUID ofTheOtherList = kind.field() == ContactField.EMAILS ? ada.phones().getFirst().id() : ada.emails().getFirst().id();
        refused(NotFoundException.class, kind.notFoundCode(), () -> remove(kind, agent, ada.id().value(), ofTheOtherList, null));
        assertThat(storedHuman().version()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void anUnknownHumanIsNotFound(Kind<?> kind) {
        UUID nobody = UUID.randomUUID();

        refused(NotFoundException.class, "HUMAN_NOT_FOUND", () -> add(kind, agent, nobody, kind.freshValue(), null, false));
        refused(NotFoundException.class, "HUMAN_NOT_FOUND",
                () -> change(kind, agent, nobody, first(kind), new Change(kind.freshValue(), null, null), null));
        refused(NotFoundException.class, "HUMAN_NOT_FOUND", () -> remove(kind, agent, nobody, first(kind), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aViewerCannotAddChangeOrRemoveEntries(Kind<?> kind) {
        UUID owner = ada.id().value();

        forbidden(() -> add(kind, viewer, owner, kind.freshValue(), null, false));
        forbidden(() -> change(kind, viewer, owner, second(kind), new Change(null, null, true), null));
        forbidden(() -> remove(kind, viewer, owner, second(kind), null));
        assertThat(storedHuman().version()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void anEntryOfAHumanChangedSinceTheCallerReadItIsLeftAlone(Kind<?> kind) {
        UUID owner = ada.id().value();
        int read = ada.version();

        refused(VersionMismatchException.class, "VERSION_MISMATCH",
                () -> change(kind, agent, owner, second(kind), new Change(null, null, true), read + 1));
        refused(VersionMismatchException.class, "VERSION_MISMATCH", () -> remove(kind, agent, owner, second(kind), read + 1));

        change(kind, agent, owner, second(kind), new Change(null, Optional.of("Other"), null), read);
        refused(VersionMismatchException.class, "VERSION_MISMATCH", () -> remove(kind, agent, owner, second(kind), read));

        remove(kind, agent, owner, second(kind), read + 1);
        assertThat(stored(kind)).extracting(ContactPoint::id).containsExactly(first(kind));
        assertThat(storedHuman().version()).isEqualTo(read + 2);
    }

    @Test
    void anAddedPhoneKeepsItsWhatsappFlagAndAChangeOfTheFlagAloneKeepsTheNumber() {
        ContactPoint<PhoneNumber> added = addPhone(new PhoneNumber(PHONES.freshValue(), true), "home");
        assertThat(added.value().hasWhatsapp()).isTrue();
        assertThat(added.label().name()).isEqualTo("Home");

        ContactPoint<PhoneNumber> changed = useCases.humans().phones().change().execute(agent, new ChangeContactPoint.Command<>(
                ada.id().value(), first(PHONES), new ContactInputChange<>(
                        current -> new PhoneNumber(current.number(), false), null, null), null));

        assertThat(changed.value()).isEqualTo(new PhoneNumber(PHONES.firstValue(), false));
        assertThat(changed.label().name()).isEqualTo(PHONES.firstLabel());
        assertThat(changed.primary()).isTrue();
    }

    @Test
    void aNumberWithItsCountryCodeIsADuplicateInAnySpellingOfItsE164Form() {
        assertThat(new PhoneNumber(PHONES.secondValue(), false).e164()).isEqualTo("+442079460002");

        for (String spelling : List.of("+442079460002", "0044 20 7946 0002", "+44 (20) 7946-0002", "+44.20.7946.0002")) {
            refused(ConflictException.class, ConflictException.DUPLICATE, () -> addPhone(new PhoneNumber(spelling, true), null));
        }
        assertThat(stored(PHONES)).hasSize(2);
    }

    @Test
    void aNumberWithoutItsCountryCodeIsADuplicateOnlyAsTheSameText() {
        addPhone(new PhoneNumber("020 7946 0009", false), null);

        refused(ConflictException.class, ConflictException.DUPLICATE,
                () -> addPhone(new PhoneNumber(" 020 7946 0009 ", false), null));
        // Without a country code the number is kept as typed: nothing tells what another spelling means.
        addPhone(new PhoneNumber("020-7946-0009", false), null);

        assertThat(stored(PHONES)).extracting(phone -> phone.value().number())
                .containsExactly(PHONES.firstValue(), PHONES.secondValue(), "020 7946 0009", "020-7946-0009");
    }

    /** What a change gives, as text: {@code null} keeps the value, label and flag as they are. */
    private record Change(String value, Optional<String> label, Boolean primary) {
    }

    private <V extends ContactValue> ContactPointUseCases<V> points(Kind<V> kind) {
        return kind.useCases().apply(useCases.humans());
    }

    private <V extends ContactValue> ContactPoint<V> add(Kind<V> kind, String value, String label, boolean primary) {
        return add(kind, agent, ada.id().value(), value, label, primary);
    }

    private <V extends ContactValue> ContactPoint<V> add(Kind<V> kind, Actor actor, UUID owner, String value, String label,
                                                         boolean primary) {
        return points(kind).add().execute(actor,
                new AddContactPoint.Command<>(owner, new ContactInput<>(() -> kind.typed().apply(value), label, primary)));
    }

    private ContactPoint<PhoneNumber> addPhone(PhoneNumber number, String label) {
        return points(PHONES).add().execute(agent,
                new AddContactPoint.Command<>(ada.id().value(), new ContactInput<>(() -> number, label, false)));
    }

    private <V extends ContactValue> ContactPoint<V> change(Kind<V> kind, UUID id, Change change) {
        return change(kind, agent, ada.id().value(), id, change, null);
    }

    private <V extends ContactValue> ContactPoint<V> change(Kind<V> kind, Actor actor, UUID owner, UUID id, Change change,
                                                            Integer expectedVersion) {
        ContactInputChange<V> input = new ContactInputChange<>(
                current -> change.value() == null ? current : kind.retyped().apply(current, change.value()),
                change.label(), change.primary());
        return points(kind).change().execute(actor, new ChangeContactPoint.Command<>(owner, id, input, expectedVersion));
    }

    private void remove(Kind<?> kind, Actor actor, UUID owner, UUID id, Integer expectedVersion) {
        points(kind).remove().execute(actor, new RemoveContactPoint.Command(owner, id, expectedVersion));
    }

    private UUID first(Kind<?> kind) {
        return ada.contacts().of(kind.field()).entries().get(0).id();
    }

    private UUID second(Kind<?> kind) {
        return ada.contacts().of(kind.field()).entries().get(1).id();
    }

    private <V extends ContactValue> List<ContactPoint<V>> stored(Kind<V> kind) {
        return storedHuman().contacts().of(kind.field()).entries();
    }

    private Human storedHuman() {
        return useCases.details().human(viewer, ada.id()).human();
    }
}

package com.humanscrm.domain.human;

import static com.humanscrm.domain.human.HumanBuilder.PERSONAL;
import static com.humanscrm.domain.human.HumanBuilder.WORK;
import static com.humanscrm.domain.human.HumanBuilder.aHuman;
import static com.humanscrm.domain.human.HumanBuilder.email;
import static com.humanscrm.domain.human.HumanBuilder.phone;
import static com.humanscrm.domain.human.HumanBuilder.primaryEmail;
import static com.humanscrm.domain.human.HumanBuilder.primaryPhone;
import static com.humanscrm.domain.human.HumanBuilder.whatsappPhone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.Refusals;
import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.NewContactPoint;
import com.humanscrm.domain.shared.PartyStatus;
import com.humanscrm.domain.shared.RuleViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class HumanCreationTest {

    @Test
    void aNewHumanIsOpenAtVersionOneAndCreatedNow() {
        Human human = aHuman().create();

        assertThat(human.status()).isEqualTo(PartyStatus.OPEN);
        assertThat(human.version()).isEqualTo(1);
        assertThat(human.createdAt()).isEqualTo(Clocks.T0);
        assertThat(human.updatedAt()).isEqualTo(Clocks.T0);
        assertThat(human.id().value().version()).isEqualTo(7);
    }

    @Test
    void aGivenStatusAndTypesAreKept() {
        Human human = aHuman().status(PartyStatus.ACTIVE).types(HumanType.TRAINER, HumanType.FLIGHT_BROKER).create();

        assertThat(human.status()).isEqualTo(PartyStatus.ACTIVE);
        assertThat(human.types()).containsExactlyInAnyOrder(HumanType.TRAINER, HumanType.FLIGHT_BROKER);
    }

    @Test
    void namesAreTrimmedAndABlankMiddleNameMeansNone() {
        Human human = aHuman().names("  Ada ", "   ", " Lovelace\t").create();

        assertThat(human.firstName()).isEqualTo("Ada");
        assertThat(human.middleName()).isNull();
        assertThat(human.lastName()).isEqualTo("Lovelace");
    }

    @Test
    void namesMayBeOneHundredCharactersCountedAsCharactersNotCodeUnits() {
        // 100 emoji are 200 UTF-16 code units: the limit is about what people see.
        String hundredEmoji = "\uD83D\uDC36".repeat(100);

        Human human = aHuman().names(hundredEmoji, null, "x".repeat(100)).create();

        assertThat(human.firstName()).isEqualTo(hundredEmoji);
    }

    @Test
    void aNameOverOneHundredCharactersIsRefused() {
        Refusals.fieldError(() -> aHuman().names("x".repeat(101), null, "Lovelace").create(), "firstName");
        Refusals.fieldError(() -> aHuman().names("Ada", "x".repeat(101), "Lovelace").create(), "middleName");
        Refusals.fieldError(() -> aHuman().names("Ada", null, "x".repeat(101)).create(), "lastName");
    }

    @Test
    void aBlankOrMissingNameIsRefused() {
        assertThat(Refusals.fieldError(() -> aHuman().names(" ", null, "Lovelace").create(), "firstName"))
                .containsExactly("must not be blank");
        assertThat(Refusals.fieldError(() -> aHuman().names("Ada", null, null).create(), "lastName"))
                .containsExactly("is required");
    }

    @Test
    void aHumanNeedsAtLeastOneEmail() {
        Refusals.fieldError(() -> aHuman().emails().create(), "emails");
        Refusals.fieldError(() -> aHuman().emails((List<NewContactPoint<EmailAddress>>) null).create(), "emails");
    }

    @Test
    void aHumanNeedsAtLeastOneType() {
        assertThat(Refusals.fieldError(() -> aHuman().types().create(), "types"))
                .containsExactly("must name at least one type");
        assertThat(Refusals.fieldError(() -> aHuman().typeNames((List<String>) null).create(), "types"))
                .containsExactly("must name at least one type");
    }

    @Test
    void theFirstEmailBecomesPrimaryWhenNoneIsMarked() {
        Human human = aHuman().emails(email("a@example.test"), email("b@example.test")).create();

        assertThat(human.emails()).extracting(HumanCreationTest::address, ContactPoint::primary)
                .containsExactly(tuple("a@example.test", true), tuple("b@example.test", false));
    }

    @Test
    void anEmailMarkedPrimaryIsTheOnlyPrimary() {
        Human human = aHuman().emails(email("a@example.test"), primaryEmail("b@example.test")).create();

        assertThat(human.primaryEmail()).map(HumanCreationTest::address).contains("b@example.test");
        assertThat(human.emails()).filteredOn(ContactPoint::primary).hasSize(1);
    }

    @Test
    void twoPrimaryEmailsAreRefused() {
        Refusals.fieldError(() -> aHuman().emails(primaryEmail("a@example.test"), primaryEmail("b@example.test")).create(),
                "emails");
    }

    @Test
    void twoPrimaryPhonesAreRefused() {
        Refusals.fieldError(() -> aHuman().phones(primaryPhone("+44 1"), primaryPhone("+44 2")).create(), "phones");
    }

    @Test
    void theSameAddressTwiceIsRefusedWhateverItsCase() {
        assertThat(Refusals.fieldError(
                () -> aHuman().emails(email("ada@example.test"), email(" ADA@Example.test ")).create(), "emails[1].email"))
                .containsExactly("is given twice");
    }

    @Test
    void anInvalidEmailIsReportedAtItsPositionInTheInput() {
        assertThat(Refusals.fieldError(
                () -> aHuman().emails(email("ok@example.test"), email("not an address")).create(), "emails[1].email"))
                .containsExactly("must be a well-formed email address");
    }

    @Test
    void aMissingAddressAfterTheFirstIsAFieldErrorNotACrash() {
        // The duplicate check used to compare against the raw input and threw a NullPointerException.
        assertThat(Refusals.fieldError(
                () -> aHuman().emails(email("ok@example.test"), email(null)).create(), "emails[1].email"))
                .containsExactly("is required");
    }

    @Test
    void anAddressOver255CharactersIsRefused() {
        String tooLong = "a".repeat(244) + "@example.test";

        Refusals.fieldError(() -> aHuman().emails(email(tooLong)).create(), "emails[0].email");
    }

    @Test
    void anInvalidPhoneNumberIsReportedAtItsPositionInTheInput() {
        Refusals.fieldError(() -> aHuman().phones(phone("+44 1"), phone("1".repeat(51))).create(), "phones[1].number");
        Refusals.fieldError(() -> aHuman().phones(phone(" ")).create(), "phones[0].number");
    }

    @Test
    void phonesAreOptionalAndTheFirstBecomesPrimary() {
        assertThat(aHuman().create().phones()).isEmpty();

        Human human = aHuman().phones(phone("+44 1"), whatsappPhone("+44 2", HumanBuilder.MOBILE)).create();

        assertThat(human.phones()).extracting(phone -> phone.value().number(), ContactPoint::primary, phone -> phone.value().hasWhatsapp(), ContactPoint::label)
                .containsExactly(tuple("+44 1", true, false, null), tuple("+44 2", false, true, HumanBuilder.MOBILE));
    }

    @Test
    void emailsKeepTheirLabelsAndOrder() {
        Human human = aHuman().emails(email("a@example.test", WORK), email("b@example.test", PERSONAL), email("c@example.test")).create();

        assertThat(human.emails()).extracting(HumanCreationTest::address, ContactPoint::label).containsExactly(
                tuple("a@example.test", WORK), tuple("b@example.test", PERSONAL), tuple("c@example.test", null));
    }

    @Test
    void theAuditSnapshotIsTheWholeRecordInWireNames() {
        Human human = aHuman().names("Ada", "King", "Lovelace").types(HumanType.TRAVEL_AGENT)
                .emails(email("ada@example.test", WORK)).phones(whatsappPhone("+44 1", HumanBuilder.MOBILE)).create();

        assertThat(human.auditSnapshot()).containsOnlyKeys("firstName", "middleName", "lastName", "status", "types", "emails", "phones")
                .containsEntry("middleName", "King")
                .containsEntry("status", "open")
                .containsEntry("types", List.of("travel_agent"))
                .containsEntry("emails", List.of(java.util.Map.of("id", human.emails().getFirst().id().toString(),
                        "email", "ada@example.test", "label", "Work", "isPrimary", true)))
                .containsEntry("phones", List.of(java.util.Map.of("id", human.phones().getFirst().id().toString(),
                        "number", "+44 1", "label", "Mobile", "hasWhatsapp", true, "isPrimary", true)));
    }

    @Test
    void everyBrokenRuleOfANewHumanIsReportedAtOnceEachFieldOnce() {
        RuleViolationException refusal = catchThrowableOfType(RuleViolationException.class, () -> aHuman()
                .names(" ", null, "x".repeat(101)).types()
                .emails(email("not an address"), email("ada@example.test"), email("ADA@example.test"))
                .phones(phone("9".repeat(51))).create());

        assertThat(refusal.fieldErrors()).containsOnlyKeys("firstName", "lastName", "types", "emails[0].email",
                "emails[2].email", "phones[0].number");
        assertThat(refusal.fieldErrors().get("emails[2].email")).containsExactly("is given twice");
    }

    @Test
    void anUnknownStatusOrTypeIsRefusedOnItsField() {
        assertThat(Refusals.fieldError(() -> aHuman().statusName("retired").create(), "status"))
                .containsExactly("must be one of open, active, closed");
        assertThat(Refusals.fieldError(() -> aHuman().typeNames("client", "pilot").create(), "types[1]"))
                .containsExactly("must be one of client, trainer, travel_agent, flight_broker");
    }

    @Test
    void valueRulesAndContactRulesAreAllReportedAtOnceEachFieldOnce() {
        // As a client sends it: {"firstName": "", "types": ["client", "pilot"], "status": "retired",
        // "emails": [{"email": "x"}]}, with no lastName at all.
        RuleViolationException refusal = catchThrowableOfType(RuleViolationException.class, () -> aHuman()
                .names("", null, null).statusName("retired").typeNames("client", "pilot")
                .emails(email("x")).create());

        assertThat(refusal).isNotNull();
        assertThat(refusal.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(refusal.fieldErrors()).containsOnlyKeys("firstName", "lastName", "emails[0].email", "types[1]", "status");
        assertThat(refusal.fieldErrors()).allSatisfy((field, problems) -> assertThat(problems).as(field).hasSize(1));
        assertThat(refusal.fieldErrors().get("firstName")).containsExactly("must not be blank");
        assertThat(refusal.fieldErrors().get("lastName")).containsExactly("is required");
        assertThat(refusal.fieldErrors().get("emails[0].email")).containsExactly("must be between 3 and 255 characters");
        assertThat(refusal.fieldErrors().get("types[1]"))
                .containsExactly("must be one of client, trainer, travel_agent, flight_broker");
        assertThat(refusal.fieldErrors().get("status")).containsExactly("must be one of open, active, closed");
        assertThat(refusal.formErrors()).isEmpty();
    }

    private static String address(ContactPoint<EmailAddress> email) {
        return email.value().address();
    }
}

package com.humanscrm.domain.human;

import static com.humanscrm.domain.human.HumanBuilder.aHuman;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.Refusals;
import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.Contacts;
import com.humanscrm.domain.contact.NewContactPoint;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.shared.PartyStatus;
import com.humanscrm.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HumanChangeTest {

    private static final Clock LATER = Clocks.after(Duration.ofMinutes(5));

    private final Human original = aHuman().names("Ada", "King", "Lovelace").create();

    @Test
    void aChangeIsOneVersionLaterWithUpdatedAtMovedAndCreatedAtKept() {
        Human changed = original.change(changes().firstName("Augusta").status(PartyStatus.ACTIVE).build(), LATER);

        assertThat(changed.firstName()).isEqualTo("Augusta");
        assertThat(changed.status()).isEqualTo(PartyStatus.ACTIVE);
        assertThat(changed.version()).isEqualTo(original.version() + 1);
        assertThat(changed.updatedAt()).isEqualTo(LATER.instant());
        assertThat(changed.createdAt()).isEqualTo(original.createdAt());
        assertThat(changed.id()).isEqualTo(original.id());
    }

    @Test
    void nullLeavesEveryFieldAsItIs() {
        Human changed = original.change(changes().build(), LATER);

        assertThat(changed).usingRecursiveComparison().ignoringFields("version", "updatedAt").isEqualTo(original);
    }

    @Test
    void anEmptyMiddleNameClearsIt() {
        Human changed = original.change(new Human.HumanChanges(null, Optional.empty(), null, null, null), LATER);

        assertThat(changed.middleName()).isNull();
    }

    @Test
    void anExplicitNullIsRefusedForEveryFieldButTheMiddleName() {
        assertThat(Refusals.fieldError(
                () -> original.change(new Human.HumanChanges(Optional.empty(), null, null, null, null), LATER), "firstName"))
                .containsExactly("is required");
        assertThat(Refusals.fieldError(
                () -> original.change(new Human.HumanChanges(null, null, Optional.empty(), null, null), LATER), "lastName"))
                .containsExactly("is required");
        assertThat(Refusals.fieldError(
                () -> original.change(new Human.HumanChanges(null, null, null, Optional.empty(), null), LATER), "status"))
                .containsExactly("is required");
        assertThat(Refusals.fieldError(
                () -> original.change(new Human.HumanChanges(null, null, null, null, Optional.empty()), LATER), "types"))
                .containsExactly("must name at least one type");
    }

    @Test
    void namesAreTrimmedAndCheckedOnChangeAsOnCreation() {
        assertThat(original.change(changes().firstName(" Augusta ").build(), LATER).firstName()).isEqualTo("Augusta");
        Refusals.fieldError(() -> original.change(changes().lastName("x".repeat(101)).build(), LATER), "lastName");
        Refusals.fieldError(() -> original.change(changes().firstName("  ").build(), LATER), "firstName");
    }

    @Test
    void typesAreReplacedButNeverEmptied() {
        Human changed = original.change(changes().types(HumanType.TRAINER).build(), LATER);

        assertThat(changed.types()).containsExactly(HumanType.TRAINER);
        assertThat(Refusals.fieldError(() -> original.change(changes().types().build(), LATER), "types"))
                .containsExactly("must name at least one type");
    }

    @Test
    void statusAndTypesAreReadFromTheirWireNames() {
        Human changed = original.change(changes().statusName("closed").typeNames("trainer", "travel_agent").build(), LATER);

        assertThat(changed.status()).isEqualTo(PartyStatus.CLOSED);
        assertThat(changed.types()).containsExactlyInAnyOrder(HumanType.TRAINER, HumanType.TRAVEL_AGENT);
        Refusals.fieldError(() -> original.change(changes().statusName("Closed").build(), LATER), "status");
        Refusals.fieldError(() -> original.change(changes().typeNames("trainer", "pilot").build(), LATER), "types[1]");
    }

    @Test
    void anExplicitNullFirstNameAndAnUnknownStatusAreReportedTogether() {
        RuleViolationException refusal = catchThrowableOfType(RuleViolationException.class, () -> original.change(
                new Human.HumanChanges(Optional.empty(), null, null, Optional.of("retired"), null), LATER));

        assertThat(refusal).isNotNull();
        assertThat(refusal.fieldErrors()).containsOnlyKeys("firstName", "status");
        assertThat(refusal.fieldErrors().get("firstName")).containsExactly("is required");
        assertThat(refusal.fieldErrors().get("status")).containsExactly("must be one of open, active, closed");
    }

    @Test
    void newContactsAreOneVersionLaterAndKeepEverythingElse() {
        UUID id = UUID.randomUUID();
        Contacts contacts = original.contacts().with(original.contacts().phones()
                .add(id, new NewContactPoint<>(() -> new PhoneNumber("+44 20 7946 0000", true), null, false), LATER));

        Human changed = original.withContacts(contacts, LATER);

        assertThat(changed.phones()).extracting(ContactPoint::id).containsExactly(id);
        assertThat(changed.emails()).isEqualTo(original.emails());
        assertThat(changed.firstName()).isEqualTo(original.firstName());
        assertThat(changed.version()).isEqualTo(original.version() + 1);
        assertThat(changed.updatedAt()).isEqualTo(LATER.instant());
        assertThat(changed.createdAt()).isEqualTo(original.createdAt());
        assertThat(original.phones()).isEmpty();
    }

    @Test
    void aChangeLeavesTheOriginalUntouched() {
        original.change(changes().firstName("Augusta").status(PartyStatus.CLOSED).build(), LATER);

        assertThat(original.firstName()).isEqualTo("Ada");
        assertThat(original.status()).isEqualTo(PartyStatus.OPEN);
        assertThat(original.version()).isEqualTo(1);
    }

    private static Changes changes() {
        return new Changes();
    }

    /** Only what a test names is changed; everything else stays {@code null}, "as it is". */
    private static final class Changes {
        private Optional<String> firstName;
        private Optional<String> lastName;
        private Optional<String> status;
        private Optional<List<String>> types;

        Changes firstName(String value) {
            firstName = Optional.of(value);
            return this;
        }

        Changes lastName(String value) {
            lastName = Optional.of(value);
            return this;
        }

        Changes status(PartyStatus value) {
            return statusName(value.wireName());
        }

        Changes statusName(String value) {
            status = Optional.of(value);
            return this;
        }

        Changes types(HumanType... value) {
            return typeNames(Arrays.stream(value).map(HumanType::wireName).toArray(String[]::new));
        }

        Changes typeNames(String... value) {
            types = Optional.of(List.of(value));
            return this;
        }

        Human.HumanChanges build() {
            return new Human.HumanChanges(firstName, null, lastName, status, types);
        }
    }
}

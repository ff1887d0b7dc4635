package com.humanscrm.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.Refusals;
import com.humanscrm.domain.contact.Contacts;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.NewContactPoint;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupItemId;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.PartyStatus;
import com.humanscrm.domain.shared.RuleViolationException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Label PET_SERVICES = label("Pet Services");
    private static final Label FLIGHT_BROKER = label("Flight Broker");
    private static final Label DIRECTOR = label("Director");
    private static final Label BROKER = label("Broker");

    @Test
    void aNewAccountIsOpenAtVersionOneWithItsTypesByName() {
        Account account = create("  Skyward Pets ", null, List.of(PET_SERVICES, FLIGHT_BROKER), List.of(), List.of());

        assertThat(account.name()).isEqualTo("Skyward Pets");
        assertThat(account.status()).isEqualTo(PartyStatus.OPEN);
        assertThat(account.types()).containsExactly(FLIGHT_BROKER, PET_SERVICES);
        assertThat(account.version()).isEqualTo(1);
        assertThat(account.createdAt()).isEqualTo(Clocks.T0);
        assertThat(account.updatedAt()).isEqualTo(Clocks.T0);
        assertThat(account.id().value().version()).isEqualTo(7);
    }

    @Test
    void anAccountNeedsNoEmailNorPhoneAndItsFirstOfEachIsPrimary() {
        assertThat(create("Skyward", "active", List.of(), List.of(), List.of()).emails()).isEmpty();

        Account reached = create("Skyward", "active", List.of(), List.of(email("a@sky.test"), email("b@sky.test")),
                List.of(phone("+44 20 1234")));

        assertThat(reached.status()).isEqualTo(PartyStatus.ACTIVE);
        assertThat(reached.primaryEmail()).map(email -> email.value().address()).contains("a@sky.test");
        assertThat(reached.contacts().phones().primary()).isPresent();
    }

    @Test
    void everyBrokenRuleOfANewAccountIsReportedAtOnce() {
        RuleViolationException refusal = catchThrowableOfType(RuleViolationException.class, () -> create("x".repeat(256),
                "dormant", List.of(PET_SERVICES, PET_SERVICES), List.of(email("not an address")), List.of()));

        assertThat(refusal.fieldErrors()).containsOnlyKeys("name", "status", "typeIds", "emails[0].email");
        assertThat(refusal.fieldErrors().get("typeIds")).containsExactly("names the type " + PET_SERVICES.id() + " twice");
    }

    @Test
    void aDraftWithoutListsHasNoTypesEmailsOrPhones() {
        Account account = Account.create(new Account.NewAccount("Skyward", null, null, null, null), Clocks.t0());

        assertThat(account.types()).isEmpty();
        assertThat(account.emails()).isEmpty();
        assertThat(account.phones()).isEmpty();
    }

    @Test
    void aBlankNameIsRefused() {
        assertThat(Refusals.fieldError(() -> create(" ", null, List.of(), List.of(), List.of()), "name"))
                .containsExactly("must not be blank");
    }

    @Test
    void moreTypesThanAnAccountHoldsAreRefusedBeforeTheyAreLookedAt() {
        List<Label> many = IntStream.rangeClosed(1, Account.MAX_TYPES + 1).mapToObj(i -> label("Type " + i)).toList();

        assertThat(Refusals.fieldError(() -> Account.requireTypesWithinLimit(many.size()), "typeIds"))
                .containsExactly("must hold at most 20 types");
        assertThat(Refusals.fieldError(() -> create("Skyward", null, many, List.of(), List.of()), "typeIds"))
                .containsExactly("must hold at most 20 types");
        Account.requireTypesWithinLimit(Account.MAX_TYPES);
    }

    @Test
    void aChangeKeepsWhatItDoesNotNameAndMovesTheVersionOn() {
        Account account = create("Skyward", null, List.of(PET_SERVICES), List.of(email("a@sky.test")), List.of());

        Account renamed = account.change(new Account.AccountChanges(Optional.of("Skyward Ltd"), null, null),
                Clocks.after(Duration.ofMinutes(1)));

        assertThat(renamed.name()).isEqualTo("Skyward Ltd");
        assertThat(renamed.status()).isEqualTo(PartyStatus.OPEN);
        assertThat(renamed.types()).containsExactly(PET_SERVICES);
        assertThat(renamed.emails()).isEqualTo(account.emails());
        assertThat(renamed.version()).isEqualTo(2);
        assertThat(renamed.createdAt()).isEqualTo(Clocks.T0);
        assertThat(renamed.updatedAt()).isEqualTo(Clocks.T0.plus(Duration.ofMinutes(1)));
    }

    @Test
    void aChangeCanSetTheStatusAndRemoveEveryType() {
        Account account = create("Skyward", null, List.of(PET_SERVICES), List.of(), List.of());

        Account closed = account.change(new Account.AccountChanges(null, Optional.of("closed"), List.of()), Clocks.t0());

        assertThat(closed.status()).isEqualTo(PartyStatus.CLOSED);
        assertThat(closed.types()).isEmpty();
    }

    @Test
    void aChangeCannotClearTheNameOrTheStatusAndReportsBoth() {
        Account account = create("Skyward", null, List.of(), List.of(), List.of());

        RuleViolationException refusal = catchThrowableOfType(RuleViolationException.class, () -> account.change(
                new Account.AccountChanges(Optional.empty(), Optional.empty(), null), Clocks.t0()));

        assertThat(refusal.fieldErrors()).containsOnlyKeys("name", "status");
    }

    @Test
    void otherContactsMakeANewVersion() {
        Account account = create("Skyward", null, List.of(), List.of(), List.of());

        Account reached = account.withContacts(Contacts.create(List.of(email("a@sky.test")), List.of(), Clocks.t0()),
                Clocks.t0());

        assertThat(reached.emails()).hasSize(1);
        assertThat(reached.version()).isEqualTo(2);
    }

    @Test
    void theAuditSnapshotHoldsEveryFieldAnyoneCanSeeWithTypesById() {
        Account account = create("Skyward", null, List.of(PET_SERVICES), List.of(email("a@sky.test")), List.of());

        assertThat(account.auditSnapshot()).containsOnlyKeys("name", "status", "types", "emails", "phones", "humans")
                .containsEntry("name", "Skyward")
                .containsEntry("status", "open")
                .containsEntry("types", List.of(PET_SERVICES.id().toString()))
                .containsEntry("phones", List.of());
    }

    @Test
    void aStoredAccountIsCheckedAsItIsRestored() {
        Refusals.fieldError(() -> Account.restore(new AccountId(Ids.newId(Clocks.t0())), "", PartyStatus.OPEN,
                List.of(), Contacts.NONE, List.of(), 3, Clocks.T0, Clocks.T0), "name");

        Account restored = Account.restore(new AccountId(Ids.newId(Clocks.t0())), "Skyward", PartyStatus.ACTIVE,
                Collections.singletonList(PET_SERVICES), Contacts.NONE, List.of(), 3, Clocks.T0, Clocks.T0);

        assertThat(restored.version()).isEqualTo(3);
        assertThat(restored.types()).containsExactly(PET_SERVICES);
    }

    // ---- links to humans -------------------------------------------------------------------------

    @Test
    void aHumanIsLinkedInARoleAndMayHoldAnotherRoleButNotTheSameTwice() {
        Account account = create("Skyward", null, List.of(), List.of(), List.of());
        HumanId ada = new HumanId(Ids.newId(Clocks.t0()));
        UUID first = Ids.newId(Clocks.t0());

        Account linked = account.link(first, ada, DIRECTOR, Clocks.after(Duration.ofMinutes(1)))
                .link(Ids.newId(Clocks.t0()), ada, BROKER, Clocks.t0());

        assertThat(linked.links()).extracting(HumanLink::role).containsExactly(DIRECTOR, BROKER);
        assertThat(linked.link(first).createdAt()).isEqualTo(Clocks.T0.plus(Duration.ofMinutes(1)));
        assertThat(linked.version()).isEqualTo(3);
        assertThat(linked.auditSnapshot().get("humans")).asList().hasSize(2);
        Refusals.conflict(() -> linked.link(Ids.newId(Clocks.t0()), ada, DIRECTOR, Clocks.t0()), Account.ALREADY_LINKED);
    }

    @Test
    void aLinkChangesItsRoleUnlessItsHumanHoldsThatOneAlreadyAndCanBeRemoved() {
        HumanId ada = new HumanId(Ids.newId(Clocks.t0()));
        UUID director = Ids.newId(Clocks.t0());
        UUID broker = Ids.newId(Clocks.t0());
        Account account = create("Skyward", null, List.of(), List.of(), List.of())
                .link(director, ada, DIRECTOR, Clocks.t0())
                .link(broker, ada, BROKER, Clocks.t0());

        Refusals.conflict(() -> account.changeLinkRole(broker, DIRECTOR, Clocks.t0()), Account.ALREADY_LINKED);
        Account same = account.changeLinkRole(director, DIRECTOR, Clocks.t0());
        Account unlinked = account.unlink(broker, Clocks.t0());
        Account changed = unlinked.changeLinkRole(director, BROKER, Clocks.after(Duration.ofHours(1)));

        assertThat(same.auditSnapshot()).isEqualTo(account.auditSnapshot());
        assertThat(unlinked.links()).extracting(HumanLink::id).containsExactly(director);
        assertThat(changed.link(director).role()).isEqualTo(BROKER);
        assertThat(changed.link(director).updatedAt()).isEqualTo(Clocks.T0.plus(Duration.ofHours(1)));
        Refusals.refusal(NotFoundException.class, () -> unlinked.unlink(broker, Clocks.t0()), "ACCOUNT_LINK_NOT_FOUND");
    }

    @Test
    void anAccountLinksAtMostTwoHundredHumans() {
        Account account = create("Skyward", null, List.of(), List.of(), List.of());
        for (int i = 0; i < Account.MAX_LINKS; i++) {
            account = account.link(Ids.newId(Clocks.t0()), new HumanId(Ids.newId(Clocks.t0())), DIRECTOR, Clocks.t0());
        }
        Account full = account;

        RuleViolationException refusal = catchThrowableOfType(RuleViolationException.class,
                () -> full.link(Ids.newId(Clocks.t0()), new HumanId(Ids.newId(Clocks.t0())), DIRECTOR, Clocks.t0()));

        assertThat(refusal.formErrors()).containsExactly("No more than 200 humans are linked to one account; "
                + "remove a link before adding another");
    }

    private static Account create(String name, String status, List<Label> types, List<NewContactPoint<EmailAddress>> emails,
                                  List<NewContactPoint<PhoneNumber>> phones) {
        return Account.create(new Account.NewAccount(name, status, types, emails, phones), Clocks.t0());
    }

    private static NewContactPoint<EmailAddress> email(String address) {
        return new NewContactPoint<>(() -> new EmailAddress(address), null, false);
    }

    private static NewContactPoint<PhoneNumber> phone(String number) {
        return new NewContactPoint<>(() -> new PhoneNumber(number, false), null, false);
    }

    private static Label label(String name) {
        return new Label(new LookupItemId(Ids.newId(Clocks.t0())), name);
    }
}

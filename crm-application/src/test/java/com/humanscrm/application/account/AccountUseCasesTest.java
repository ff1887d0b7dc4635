package com.humanscrm.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.contact.AddContactPoint;
import com.humanscrm.application.contact.ContactInput;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.Observed;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.account.HumanLink;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.audit.FieldChange;
import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.PartyStatus;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.VersionMismatchException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountUseCasesTest extends UseCaseTest {

    private final Label broker = seeded(LookupList.ACCOUNT_TYPES, "Flight Broker");
    private final Label services = seeded(LookupList.ACCOUNT_TYPES, "Pet Services");
    private final AccountUseCases accounts = useCases.accounts();

    // ---- create -------------------------------------------------------------------------------

    @Test
    void anAgentCreatesAnAccountWithTypesEmailsAndPhonesLabelledFromTheAccountLists() {
        Observed<Account> created = observe(() -> accounts.create().execute(agent, new CreateAccount.Command(
                " Skyward Pet Flights ", null, List.of(services.id().value(), broker.id().value()),
                List.of(email("desk@skyward.test", "Billing")), List.of(phone("+44 20 7946 0100", "Fax")))));

        Account account = created.result();
        assertThat(account.name()).isEqualTo("Skyward Pet Flights");
        assertThat(account.status()).isEqualTo(PartyStatus.OPEN);
        assertThat(account.types()).containsExactly(broker, services);
        assertThat(account.emails().getFirst().label()).isEqualTo(seeded(LookupList.ACCOUNT_EMAIL_LABELS, "Billing"));
        assertThat(account.phones().getFirst().label()).isEqualTo(seeded(LookupList.ACCOUNT_PHONE_LABELS, "Fax"));
        assertThat(useCases.details().account(viewer, account.id()).account()).usingRecursiveComparison().isEqualTo(account);
        assertThat(created.transactions()).isEqualTo(1);
        AuditEntry entry = created.onlyAuditEntry();
        assertAudit(entry, AuditAction.CREATE, RecordKind.ACCOUNT, account.id().value(), agent);
        assertThat(entry.changes()).containsOnlyKeys("name", "status", "types", "emails", "phones", "humans");
    }

    @Test
    void everyBrokenRuleOfANewAccountIsReportedAtOnceAndNothingIsStored() {
        UUID humanLabel = seeded(LookupList.HUMAN_EMAIL_LABELS, "Work").id().value();

        var problems = refusedOnFields(() -> accounts.create().execute(agent, new CreateAccount.Command(" ", "dormant",
                        List.of(broker.id().value(), humanLabel, Ids.newId(crm.clock)),
                        List.of(email("desk@skyward.test", "Work")), List.of(phone("", null)))),
                "name", "status", "typeIds[1]", "typeIds[2]", "emails[0].label", "phones[0].number");

        assertThat(problems.get("typeIds[1]")).containsExactly("must be the id of an item of the account-types list");
        assertThat(problems.get("emails[0].label")).containsExactly("must be a name from the account-email-labels list");
        assertThat(accounts.queries().list(viewer, query(null)).items()).isEmpty();
    }

    @Test
    void theSameTypeTwiceOrAMissingTypeIdIsRefused() {
        refusedOnFields(() -> accounts.create().execute(agent, new CreateAccount.Command("Skyward", null,
                List.of(broker.id().value(), broker.id().value()), List.of(), List.of())), "typeIds");
        refusedOnFields(() -> accounts.create().execute(agent, new CreateAccount.Command("Skyward", null,
                Collections.singletonList(null), List.of(), List.of())), "typeIds[0]");
    }

    @Test
    void tooManyTypesAreRefusedBeforeAnyIsLookedUp() {
        List<UUID> many = Collections.nCopies(Account.MAX_TYPES + 1, broker.id().value());

        Account account = create("Skyward");
        int transactions = crm.unitOfWork.transactions();

        refusedOnFields(() -> accounts.create().execute(agent, new CreateAccount.Command("Skyward", null, many, List.of(),
                List.of())), "typeIds");
        refusedOnFields(() -> accounts.change().execute(agent, new ChangeAccount.Command(account.id(), null, null, null,
                Optional.of(many))), "typeIds");
        assertThat(crm.unitOfWork.transactions()).isEqualTo(transactions);
    }

    @Test
    void aViewerCanReadButNotCreateChangeOrDelete() {
        Account account = create("Skyward");

        forbidden(() -> accounts.create().execute(viewer, new CreateAccount.Command("Paws", null, null, null, null)));
        forbidden(() -> accounts.change().execute(viewer, rename(account.id(), null, "Paws")));
        forbidden(() -> accounts.delete().execute(viewer, new DeleteAccount.Command(account.id(), null)));
        forbidden(() -> accounts.delete().execute(manager, new DeleteAccount.Command(account.id(), null)));
        assertThat(useCases.details().account(viewer, account.id()).account().name()).isEqualTo("Skyward");
    }

    // ---- change -------------------------------------------------------------------------------

    @Test
    void aChangeStoresTheNamedFieldsAndAuditsOnlyThem() {
        Account account = create("Skyward");
        crm.clock.advance(Duration.ofMinutes(5));

        Observed<Account> changed = observe(() -> accounts.change().execute(agent, new ChangeAccount.Command(account.id(),
                1, Optional.of("Skyward Ltd"), Optional.of("active"), Optional.of(List.of(services.id().value())))));

        assertThat(changed.result().name()).isEqualTo("Skyward Ltd");
        assertThat(changed.result().status()).isEqualTo(PartyStatus.ACTIVE);
        assertThat(changed.result().types()).containsExactly(services);
        assertThat(changed.result().version()).isEqualTo(2);
        AuditEntry entry = changed.onlyAuditEntry();
        assertAudit(entry, AuditAction.UPDATE, RecordKind.ACCOUNT, account.id().value(), agent);
        assertThat(entry.changes()).containsOnlyKeys("name", "status", "types")
                .containsEntry("name", new FieldChange("Skyward", "Skyward Ltd"));
    }

    @Test
    void aNullListOfTypesRemovesThemAllAndAnAbsentOneKeepsThem() {
        Account account = accounts.create().execute(agent, new CreateAccount.Command("Skyward", null,
                List.of(broker.id().value()), null, null));

        Account renamed = accounts.change().execute(agent, rename(account.id(), null, "Skyward Ltd"));
        Account untyped = accounts.change().execute(agent, new ChangeAccount.Command(account.id(), null, null, null,
                Optional.empty()));

        assertThat(renamed.types()).containsExactly(broker);
        assertThat(untyped.types()).isEmpty();
    }

    @Test
    void aChangeToTheCurrentValuesIsNoChange() {
        Account account = create("Skyward");

        Observed<Account> same = observe(() -> accounts.change().execute(agent, rename(account.id(), 1, " Skyward ")));

        same.auditedNothing();
        assertThat(same.result().version()).isEqualTo(1);
    }

    @Test
    void aChangeIsRefusedForAStaleVersionAnUnknownAccountOrAnEmptyName() {
        Account account = create("Skyward");

        refused(VersionMismatchException.class, "VERSION_MISMATCH",
                () -> accounts.change().execute(agent, rename(account.id(), 7, "Paws")));
        refused(NotFoundException.class, "ACCOUNT_NOT_FOUND",
                () -> accounts.change().execute(agent, rename(new AccountId(Ids.newId(crm.clock)), null, "Paws")));
        refusedOnFields(() -> accounts.change().execute(agent, new ChangeAccount.Command(account.id(), null,
                Optional.empty(), Optional.empty(), Optional.of(List.of(Ids.newId(crm.clock))))), "name", "status", "typeIds[0]");
    }

    // ---- contact points -----------------------------------------------------------------------

    @Test
    void anAccountsEmailsAndPhonesChangeThroughTheSameUseCasesAsAHumansWithItsOwnLabels() {
        Account account = create("Skyward");

        Observed<ContactPoint<EmailAddress>> added = observe(() -> accounts.emails().add().execute(agent,
                new AddContactPoint.Command<>(account.id().value(), email("desk@skyward.test", "Support"))));

        assertThat(added.result().primary()).isTrue();
        assertThat(added.result().label()).isEqualTo(seeded(LookupList.ACCOUNT_EMAIL_LABELS, "Support"));
        assertAudit(added.onlyAuditEntry(), AuditAction.UPDATE, RecordKind.ACCOUNT, account.id().value(), agent);
        assertThat(useCases.details().account(viewer, account.id()).account().version()).isEqualTo(2);
        refusedOnFields(() -> accounts.phones().add().execute(agent,
                new AddContactPoint.Command<>(account.id().value(), phone("+44 1", "Mobile"))), "label");
        refused(NotFoundException.class, "ACCOUNT_NOT_FOUND", () -> accounts.emails().add().execute(agent,
                new AddContactPoint.Command<>(Ids.newId(crm.clock), email("x@y.test", null))));
    }

    // ---- links to humans -----------------------------------------------------------------------

    @Test
    void anAgentLinksAHumanInARoleAndTheAccountsAuditEntrySaysSo() {
        Account account = create("Skyward");
        HumanId ada = aHuman();
        Label director = seeded(LookupList.ACCOUNT_HUMAN_ROLES, "Director");

        Observed<HumanLink> linked = observe(() -> accounts.link().execute(agent,
                new LinkHuman.Command(account.id(), ada.value(), director.id().value())));

        assertThat(linked.result().humanId()).isEqualTo(ada);
        assertThat(linked.result().role()).isEqualTo(director);
        AuditEntry entry = linked.onlyAuditEntry();
        assertAudit(entry, AuditAction.UPDATE, RecordKind.ACCOUNT, account.id().value(), agent);
        assertThat(entry.changes()).containsOnlyKeys("humans");
        assertThat(useCases.details().account(viewer, account.id()).account().links()).containsExactly(linked.result());
    }

    @Test
    void theSameRoleTwiceIsAlreadyLinkedAndAnotherRoleIsAllowed() {
        Account account = create("Skyward");
        HumanId ada = aHuman();
        UUID director = seeded(LookupList.ACCOUNT_HUMAN_ROLES, "Director").id().value();
        UUID broker = seeded(LookupList.ACCOUNT_HUMAN_ROLES, "Broker").id().value();
        accounts.link().execute(agent, new LinkHuman.Command(account.id(), ada.value(), director));

        refused(ConflictException.class, Account.ALREADY_LINKED,
                () -> accounts.link().execute(agent, new LinkHuman.Command(account.id(), ada.value(), director)));
        accounts.link().execute(agent, new LinkHuman.Command(account.id(), ada.value(), broker));

        assertThat(useCases.details().account(viewer, account.id()).account().links()).hasSize(2);
    }

    @Test
    void anUnknownHumanOrRoleIsReportedByFieldAndAnUnknownAccountIsNotFound() {
        Account account = create("Skyward");
        HumanId ada = aHuman();
        UUID humanLabel = seeded(LookupList.HUMAN_EMAIL_LABELS, "Work").id().value();

        refusedOnFields(() -> accounts.link().execute(agent, new LinkHuman.Command(account.id(), Ids.newId(crm.clock),
                humanLabel)), "humanId", "roleId");
        refusedOnFields(() -> accounts.link().execute(agent, new LinkHuman.Command(account.id(), null, null)),
                "humanId", "roleId");
        refused(NotFoundException.class, "ACCOUNT_NOT_FOUND", () -> accounts.link().execute(agent,
                new LinkHuman.Command(new AccountId(Ids.newId(crm.clock)), ada.value(), humanLabel)));
        forbidden(() -> accounts.link().execute(viewer, new LinkHuman.Command(account.id(), ada.value(), humanLabel)));
    }

    @Test
    void aLinkChangesItsRoleAndIsRemovedWithTheAccountsVersionChecked() {
        Account account = create("Skyward");
        HumanId ada = aHuman();
        UUID director = seeded(LookupList.ACCOUNT_HUMAN_ROLES, "Director").id().value();
        Label broker = seeded(LookupList.ACCOUNT_HUMAN_ROLES, "Broker");
        HumanLink link = accounts.link().execute(agent, new LinkHuman.Command(account.id(), ada.value(), director));

        refused(VersionMismatchException.class, "VERSION_MISMATCH", () -> accounts.changeLink().execute(agent,
                new ChangeLinkRole.Command(account.id(), link.id(), broker.id().value(), 1)));
        HumanLink changed = accounts.changeLink().execute(agent,
                new ChangeLinkRole.Command(account.id(), link.id(), broker.id().value(), 2));
        refused(NotFoundException.class, "ACCOUNT_LINK_NOT_FOUND", () -> accounts.changeLink().execute(agent,
                new ChangeLinkRole.Command(account.id(), Ids.newId(crm.clock), null, null)));
        refusedOnFields(() -> accounts.changeLink().execute(agent,
                new ChangeLinkRole.Command(account.id(), link.id(), Ids.newId(crm.clock), null)), "roleId");
        accounts.unlink().execute(agent, new UnlinkHuman.Command(account.id(), link.id(), 3));

        assertThat(changed.role()).isEqualTo(broker);
        assertThat(useCases.details().account(viewer, account.id()).account().links()).isEmpty();
        refused(NotFoundException.class, "ACCOUNT_LINK_NOT_FOUND",
                () -> accounts.unlink().execute(agent, new UnlinkHuman.Command(account.id(), link.id(), null)));
    }

    private HumanId aHuman() {
        return useCases.humans().create().execute(agent, new com.humanscrm.application.human.CreateHuman.Command(
                "Ada", null, "Lovelace", null, List.of("client"),
                List.of(email("ada" + Ids.newId(crm.clock) + "@example.test", null)), List.of())).id();
    }

    // ---- delete and list ----------------------------------------------------------------------

    @Test
    void anAdminDeletesAnAccountAndTheAuditEntryKeepsIt() {
        Account account = create("Skyward");

        Observed<Account> deleted = observe(() -> accounts.delete().execute(admin, new DeleteAccount.Command(account.id(), 1)));

        AuditEntry entry = deleted.onlyAuditEntry();
        assertAudit(entry, AuditAction.DELETE, RecordKind.ACCOUNT, account.id().value(), admin);
        assertThat(entry.changes()).containsEntry("name", new FieldChange("Skyward", null));
        refused(NotFoundException.class, "ACCOUNT_NOT_FOUND", () -> useCases.details().account(viewer, account.id()).account());
        refused(NotFoundException.class, "ACCOUNT_NOT_FOUND",
                () -> accounts.delete().execute(admin, new DeleteAccount.Command(account.id(), null)));
    }

    @Test
    void aDeleteFromAStaleVersionIsRefused() {
        Account account = create("Skyward");

        refused(VersionMismatchException.class, "VERSION_MISMATCH",
                () -> accounts.delete().execute(admin, new DeleteAccount.Command(account.id(), 2)));
        assertThat(useCases.details().account(viewer, account.id()).account()).isNotNull();
    }

    @Test
    void aViewerListsAccountsFilteredByStatusAndType() {
        Account typed = accounts.create().execute(agent, new CreateAccount.Command("Skyward", "active",
                List.of(broker.id().value()), null, null));
        create("Paws");

        assertThat(accounts.queries().list(viewer, query(null)).items()).hasSize(2);
        assertThat(accounts.queries().list(viewer, new AccountListQuery(PartyStatus.ACTIVE, broker.id(), null, null,
                PageRequest.first(10))).items()).extracting(AccountSummary::id).containsExactly(typed.id());
        assertThat(accounts.queries().list(viewer, new AccountListQuery(null, services.id(), null, null,
                PageRequest.first(10))).items()).isEmpty();
    }

    private Account create(String name) {
        return accounts.create().execute(agent, new CreateAccount.Command(name, null, null, null, null));
    }

    private static ChangeAccount.Command rename(AccountId id, Integer version, String name) {
        return new ChangeAccount.Command(id, version, Optional.of(name), null, null);
    }

    private static AccountListQuery query(String q) {
        return new AccountListQuery(null, null, q, null, PageRequest.first(10));
    }

    private Label seeded(LookupList list, String name) {
        return crm.lookups.findByName(list, name).orElseThrow().asLabel();
    }

    private static ContactInput<EmailAddress> email(String address, String label) {
        return new ContactInput<>(() -> new EmailAddress(address), label, false);
    }

    private static ContactInput<PhoneNumber> phone(String number, String label) {
        return new ContactInput<>(() -> new PhoneNumber(number, false), label, false);
    }
}

package com.humanscrm.application.testing.contract;

import static com.humanscrm.application.testing.contract.Pages.BY_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.account.AccountListQuery;
import com.humanscrm.application.account.AccountRepository;
import com.humanscrm.application.account.AccountSortField;
import com.humanscrm.application.account.AccountSummary;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.shared.Cursor;
import com.humanscrm.application.shared.MalformedRequestException;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.shared.Sort;
import com.humanscrm.application.testing.HumanDrafts;
import com.humanscrm.application.testing.Refusals;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.account.HumanLink;
import com.humanscrm.domain.contact.ContactField;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.NewContactPoint;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupItem;
import com.humanscrm.domain.lookup.LookupItemId;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.PartyStatus;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What every {@link AccountRepository} must do, whatever stores it: the in-memory fake and the jOOQ
 * adapter both run these. Every account a test writes carries {@link #token} in its name, so a search
 * for the token lists exactly that test's accounts, even on a shared database.
 */
public abstract class AccountRepositoryContract extends LabelledRecordsContract {

    /** The repository under test. */
    protected abstract AccountRepository accounts();

    /** Where the humans an account links live. */
    protected abstract HumanRepository humans();

    // ---- storing and reading back -------------------------------------------------------------

    @Test
    public void aStoredAccountReadsBackWithEveryFieldTypeChildAndLabel() {
        Label broker = label(LookupList.ACCOUNT_TYPES);
        Label services = label(LookupList.ACCOUNT_TYPES);
        Label billing = label(LookupList.ACCOUNT_EMAIL_LABELS);
        Label fax = label(LookupList.ACCOUNT_PHONE_LABELS);
        Account account = Account.create(new Account.NewAccount(named("Skyward"), "active", List.of(services, broker),
                List.of(HumanDrafts.email(uniqueEmail("desk"), billing, false), HumanDrafts.email(uniqueEmail("Sales"), null, true)),
                List.of(HumanDrafts.phone("+44 20 7946 0000", fax, false, true), HumanDrafts.phone("(555) 010-0199", null, true, false))),
                clock);

        add(account);

        assertSame(accounts().findById(account.id()).orElseThrow(), account);
    }

    @Test
    public void anAccountWithoutTypesEmailsOrPhonesReadsBackWithout() {
        Account account = add(anAccount("Bare"));

        Account stored = accounts().findById(account.id()).orElseThrow();

        assertThat(stored.types()).isEmpty();
        assertThat(stored.emails()).isEmpty();
        assertThat(stored.phones()).isEmpty();
        assertSame(stored, account);
    }

    @Test
    public void anUnknownIdFindsNothing() {
        assertThat(accounts().findById(new AccountId(Ids.newId(clock)))).isEmpty();
        assertThat(inTransaction(() -> accounts().findForChange(new AccountId(Ids.newId(clock))))).isEmpty();
        assertThat(inTransaction(() -> accounts().holdIfExists(new AccountId(Ids.newId(clock))))).isFalse();
    }

    @Test
    public void anAccountHeldForAChangeReadsBackAsStored() {
        Account account = add(anAccount("Held", label(LookupList.ACCOUNT_TYPES)));

        assertSame(inTransaction(() -> accounts().findForChange(account.id())).orElseThrow(), account);
        assertThat(inTransaction(() -> accounts().holdIfExists(account.id()))).isTrue();
    }

    @Test
    public void updatesStoreEveryChangeToFieldsTypesAndChildren() {
        Label broker = label(LookupList.ACCOUNT_TYPES);
        Label services = label(LookupList.ACCOUNT_TYPES);
        Label main = label(LookupList.ACCOUNT_EMAIL_LABELS);
        Account account = add(anAccount("Changing", broker));

        account = update(account.change(new Account.AccountChanges(Optional.of(named("Changed")), Optional.of("closed"),
                List.of(services)), clock));
        account = update(withEmail(account, HumanDrafts.email(uniqueEmail("first"), main, false)));
        account = update(withEmail(account, HumanDrafts.email(uniqueEmail("second"), null, true)));
        account = update(withPhone(account, HumanDrafts.phone("+1 555 0100", null, true, false)));
        account = update(account.withContacts(account.contacts().with(
                account.contacts().emails().remove(account.emails().get(1).id(), clock)), clock));
        account = update(account.change(new Account.AccountChanges(null, null, List.of(broker, services)), clock));

        assertSame(accounts().findById(account.id()).orElseThrow(), account);
        assertThat(account.version()).isEqualTo(7);
    }

    @Test
    public void anUpdateFromAStaleVersionIsAConcurrentModification() {
        Account original = add(anAccount("Stale"));
        Account first = update(original.change(renamed("First"), clock));
        Account second = original.change(renamed("Second"), clock);

        Refusals.refusal(ConflictException.class, ConflictException.CONCURRENT_MODIFICATION, () -> update(second));

        assertSame(accounts().findById(original.id()).orElseThrow(), first);
    }

    @Test
    public void updatingARemovedAccountIsAConcurrentModification() {
        Account account = add(anAccount("Gone"));
        inTransaction(() -> accounts().remove(account.id()));

        Refusals.refusal(ConflictException.class, ConflictException.CONCURRENT_MODIFICATION,
                () -> update(account.change(renamed("Back"), clock)));
        assertThat(accounts().findById(account.id())).isEmpty();
    }

    @Test
    public void removingAnAccountTakesItsTypesEmailsAndPhonesWithIt() {
        LookupItem type = labelItem(LookupList.ACCOUNT_TYPES);
        LookupItem main = labelItem(LookupList.ACCOUNT_EMAIL_LABELS);
        LookupItem fax = labelItem(LookupList.ACCOUNT_PHONE_LABELS);
        Account account = add(Account.create(new Account.NewAccount(named("Removed"), null, List.of(type.asLabel()),
                List.of(HumanDrafts.email(uniqueEmail("desk"), main.asLabel(), true)),
                List.of(HumanDrafts.phone("+44 1", fax.asLabel(), false, true))), clock));

        inTransaction(() -> accounts().remove(account.id()));

        assertThat(accounts().findById(account.id())).isEmpty();
        assertThat(list(null, null, token, null, PageRequest.first(10)).items()).isEmpty();
        // With the account gone, its type and labels are in use no more.
        inTransaction(() -> lookups().remove(type.id()));
        inTransaction(() -> lookups().remove(main.id()));
        inTransaction(() -> lookups().remove(fax.id()));
        assertThat(lookups().findById(type.id())).isEmpty();
    }

    @Test
    public void aTypeOrLabelInUseCannotBeRemovedFromItsList() {
        LookupItem type = labelItem(LookupList.ACCOUNT_TYPES);
        LookupItem main = labelItem(LookupList.ACCOUNT_EMAIL_LABELS);
        add(Account.create(new Account.NewAccount(named("Using"), null, List.of(type.asLabel()),
                List.of(HumanDrafts.email(uniqueEmail("desk"), main.asLabel(), true)), List.of()), clock));

        Refusals.refusal(ConflictException.class, ConflictException.IN_USE, () -> inTransaction(() -> lookups().remove(type.id())));
        Refusals.refusal(ConflictException.class, ConflictException.IN_USE, () -> inTransaction(() -> lookups().remove(main.id())));
    }

    @Test
    public void aRenamedTypeShowsItsNewNameOnTheAccountsThatHaveIt() {
        LookupItem type = labelItem(LookupList.ACCOUNT_TYPES);
        Account account = add(anAccount("Typed", type.asLabel()));

        LookupItem renamed = type.rename("Renamed " + token, clock);
        inTransaction(() -> lookups().update(renamed));

        assertThat(accounts().findById(account.id()).orElseThrow().types()).containsExactly(renamed.asLabel());
        assertThat(list(null, null, token, null, PageRequest.first(10)).items().getFirst().types())
                .containsExactly(renamed.asLabel());
    }

    @Test
    public void aListShowsEachAccountAsItsSummaryWithThePrimaryEmailAndPhone() {
        Label type = label(LookupList.ACCOUNT_TYPES);
        Account reached = add(Account.create(new Account.NewAccount(named("Reached"), null, List.of(type),
                List.of(HumanDrafts.email(uniqueEmail("other"), null, false), HumanDrafts.email(uniqueEmail("desk"), null, true)),
                List.of(HumanDrafts.phone("+44 1", null, false, false), HumanDrafts.phone("+44 2", null, true, true))), clock));
        Account bare = add(anAccount("Bare"));

        assertThat(list(null, null, token, null, PageRequest.first(10)).items()).containsExactly(
                AccountSummary.of(accounts().findById(bare.id()).orElseThrow()),
                AccountSummary.of(accounts().findById(reached.id()).orElseThrow()));
        assertThat(AccountSummary.of(reached).primaryEmail()).startsWith("desk");
        assertThat(AccountSummary.of(reached).primaryPhone()).isEqualTo("+44 2");
        assertThat(AccountSummary.of(bare).primaryEmail()).isNull();
    }

    // ---- links to humans -----------------------------------------------------------------------

    @Test
    public void linksReadBackInTheOrderTheyWereMadeWithTheirRolesAndChanges() {
        Label director = label(LookupList.ACCOUNT_HUMAN_ROLES);
        Label broker = label(LookupList.ACCOUNT_HUMAN_ROLES);
        HumanId ada = aHuman("Ada");
        HumanId grace = aHuman("Grace");
        Account account = add(anAccount("Linked"));

        account = update(account.link(Ids.newId(clock), ada, director, clock));
        account = update(account.link(Ids.newId(clock), ada, broker, clock));
        account = update(account.link(Ids.newId(clock), grace, director, clock));
        assertSame(accounts().findById(account.id()).orElseThrow(), account);

        account = update(account.unlink(account.links().get(1).id(), clock));
        account = update(account.changeLinkRole(account.links().get(1).id(), broker, clock));
        assertSame(accounts().findById(account.id()).orElseThrow(), account);
        assertThat(account.links()).extracting(HumanLink::humanId).containsExactly(ada, grace);
    }

    @Test
    public void aRoleInUseCannotBeRemovedFromItsListAndARenamedRoleShowsItsNewName() {
        LookupItem role = labelItem(LookupList.ACCOUNT_HUMAN_ROLES);
        Account account = add(anAccount("Roles"));
        update(account.link(Ids.newId(clock), aHuman("Ada"), role.asLabel(), clock));

        Refusals.refusal(ConflictException.class, ConflictException.IN_USE, () -> inTransaction(() -> lookups().remove(role.id())));
        LookupItem renamed = role.rename("Renamed " + token, clock);
        inTransaction(() -> lookups().update(renamed));

        assertThat(accounts().findById(account.id()).orElseThrow().links().getFirst().role()).isEqualTo(renamed.asLabel());
    }

    // ---- filters ------------------------------------------------------------------------------

    @Test
    public void statusAndTypeFilterTheList() {
        Label broker = label(LookupList.ACCOUNT_TYPES);
        Label services = label(LookupList.ACCOUNT_TYPES);
        Account open = add(anAccount("Open", broker));
        Account active = add(Account.create(new Account.NewAccount(named("Active"), "active", List.of(broker, services),
                List.of(), List.of()), clock));

        assertThat(ids(list(PartyStatus.ACTIVE, null, token, null, PageRequest.first(10)))).containsExactly(active.id());
        assertThat(ids(list(PartyStatus.CLOSED, null, token, null, PageRequest.first(10)))).isEmpty();
        assertThat(ids(list(null, services.id(), token, null, PageRequest.first(10)))).containsExactly(active.id());
        assertThat(ids(list(null, broker.id(), token, null, PageRequest.first(10)))).containsExactlyInAnyOrder(open.id(), active.id());
        assertThat(ids(list(PartyStatus.OPEN, broker.id(), token, null, PageRequest.first(10)))).containsExactly(open.id());
        assertThat(ids(list(null, new LookupItemId(Ids.newId(clock)), token, null, PageRequest.first(10)))).isEmpty();
    }

    @Test
    public void qMatchesPartsOfTheNameEmailsAndPhonesIgnoringCase() {
        String phoneDigits = digits(9);
        String upperToken = token.toUpperCase(Locale.ROOT);
        Account byName = add(searchable("Zed" + upperToken + " Flights", letters(10) + "@" + letters(6) + ".test", null));
        Account byEmail = add(searchable("Paws " + letters(8), "desk+" + token + "@example.test", null));
        Account byPhone = add(searchable("Wings " + letters(8), letters(10) + "@" + letters(6) + ".test", "+44 " + phoneDigits));

        assertThat(ids(list(null, null, token.substring(2, 9), null, PageRequest.first(10))))
                .containsExactlyInAnyOrder(byName.id(), byEmail.id());
        assertThat(ids(list(null, null, "ZED" + token.substring(0, 6), null, PageRequest.first(10)))).containsExactly(byName.id());
        assertThat(ids(list(null, null, "DESK+" + token, null, PageRequest.first(10)))).containsExactly(byEmail.id());
        assertThat(ids(list(null, null, phoneDigits.substring(2, 8), null, PageRequest.first(10)))).containsExactly(byPhone.id());
        assertThat(ids(list(null, null, token + " flights", null, PageRequest.first(10)))).containsExactly(byName.id());
    }

    // ---- pagination ---------------------------------------------------------------------------

    @ParameterizedTest(name = "sort={0}, limit={1}")
    @CsvSource({"createdAt, 2", "-createdAt, 3", "name, 2", "-name, 3"})
    public void pagesFollowOneAnotherInSortOrderWithoutGapsOrRepeats(String sortToken, int limit) {
        List<Account> accounts = sixAccountsWithTiedKeys();
        Sort<AccountSortField> sort = Sort.parse(sortToken, AccountSortField.class, AccountListQuery.DEFAULT_SORT);

        List<AccountSummary> read = Pages.all(limit, page -> list(null, null, token, sort, page));

        assertThat(read).extracting(AccountSummary::id)
                .containsExactlyElementsOf(accounts.stream().sorted(order(sort)).map(Account::id).toList());
    }

    @Test
    public void theTotalCountsEveryMatchOnEveryPageAndOnlyWhenAskedFor() {
        sixAccountsWithTiedKeys();

        Page<AccountSummary> first = list(null, null, token, null, new PageRequest(4, null, true));
        Page<AccountSummary> second = list(null, null, token, null, new PageRequest(4, first.nextCursor(), true));

        assertThat(first.total()).isEqualTo(6L);
        assertThat(second.total()).isEqualTo(6L);
        assertThat(second.nextCursor()).isNull();
        assertThat(list(null, null, token, null, PageRequest.first(4)).total()).isNull();
    }

    @Test
    public void aCursorOfAnotherSortIsMalformed() {
        Cursor byName = new Cursor("name", "Skyward", Ids.newId(clock));

        Refusals.refusal(MalformedRequestException.class, "MALFORMED_REQUEST", () -> list(null, null, token,
                new Sort<>(AccountSortField.CREATED_AT, true), new PageRequest(10, byName, false)));
    }

    // ---- fixtures -----------------------------------------------------------------------------

    /** Six accounts whose sort keys tie in pairs, so only the id can order them: where keyset paging goes wrong. */
    private List<Account> sixAccountsWithTiedKeys() {
        List<Account> accounts = new ArrayList<>();
        Clock sameInstant = Clock.fixed(clock.instant(), ZoneOffset.UTC);
        accounts.add(add(anAccount("Baker", sameInstant)));
        accounts.add(add(anAccount("Adams", sameInstant)));
        accounts.add(add(anAccount("Baker", clock)));
        Clock anotherInstant = Clock.fixed(clock.instant(), ZoneOffset.UTC);
        accounts.add(add(anAccount("Clark", anotherInstant)));
        accounts.add(add(anAccount("Adams", anotherInstant)));
        accounts.add(add(anAccount("Dunn", clock)));
        return accounts;
    }

    private static Comparator<Account> order(Sort<AccountSortField> sort) {
        Comparator<Account> byKey = sort.field() == AccountSortField.NAME
                ? Comparator.comparing(Account::name) : Comparator.comparing(Account::createdAt);
        Comparator<Account> ascending = byKey.thenComparing(account -> account.id().value(), BY_ID);
        return sort.descending() ? ascending.reversed() : ascending;
    }

    /** The token goes into the name, so that searching for it lists this test's accounts only. */
    private String named(String name) {
        return name + " " + token;
    }

    private Account.AccountChanges renamed(String name) {
        return new Account.AccountChanges(Optional.of(named(name)), null, null);
    }

    private Account anAccount(String name, Label... types) {
        return Account.create(new Account.NewAccount(named(name), null, List.of(types), List.of(), List.of()), clock);
    }

    private Account anAccount(String name, Clock at) {
        return Account.create(new Account.NewAccount(named(name), null, List.of(), List.of(), List.of()), at);
    }

    /** An account whose name holds the token only where the caller puts it. */
    private Account searchable(String name, String email, String phone) {
        return Account.create(new Account.NewAccount(name, null, List.of(), List.of(HumanDrafts.email(email, null, false)),
                phone == null ? List.of() : List.of(HumanDrafts.phone(phone, null, false, false))), clock);
    }

    private HumanId aHuman(String firstName) {
        Human human = Human.create(HumanDrafts.draft(firstName + " " + token, null, "Linked", null, Set.of(HumanType.CLIENT),
                List.of(HumanDrafts.email(uniqueEmail(firstName.toLowerCase(Locale.ROOT)), null, true)), List.of()), clock);
        inTransaction(() -> humans().add(human));
        return human.id();
    }

    private Account withEmail(Account account, NewContactPoint<EmailAddress> email) {
        return account.withContacts(account.contacts().with(
                account.contacts().of(ContactField.EMAILS).add(Ids.newId(clock), email, clock)), clock);
    }

    private Account withPhone(Account account, NewContactPoint<PhoneNumber> phone) {
        return account.withContacts(account.contacts().with(
                account.contacts().of(ContactField.PHONES).add(Ids.newId(clock), phone, clock)), clock);
    }

    private Account add(Account account) {
        inTransaction(() -> accounts().add(account));
        return account;
    }

    private Account update(Account account) {
        inTransaction(() -> accounts().update(account));
        return account;
    }

    private Page<AccountSummary> list(PartyStatus status, LookupItemId typeId, String q, Sort<AccountSortField> sort,
                                      PageRequest page) {
        return accounts().list(new AccountListQuery(status, typeId, q, sort, page));
    }

    private static List<AccountId> ids(Page<AccountSummary> page) {
        return page.items().stream().map(AccountSummary::id).toList();
    }

    /** Field by field, types, children and labels included, in order. */
    private static void assertSame(Account actual, Account expected) {
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
    }
}

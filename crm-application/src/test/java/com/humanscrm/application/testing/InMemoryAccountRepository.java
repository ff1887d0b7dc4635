package com.humanscrm.application.testing;

import com.humanscrm.application.account.AccountListQuery;
import com.humanscrm.application.account.AccountRepository;
import com.humanscrm.application.account.AccountSortField;
import com.humanscrm.application.account.AccountSummary;
import com.humanscrm.application.lookup.LookupRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.account.HumanLink;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupItemId;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.RecordKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** Accounts in a map; types and labels are read back with their lookup item's current name. */
public final class InMemoryAccountRepository implements AccountRepository {

    private final Map<AccountId, Account> accounts = new ConcurrentHashMap<>();
    private final CurrentLabels labels;
    private Consumer<AccountId> beforeRemoval = id -> { };

    public InMemoryAccountRepository(LookupRepository lookups) {
        this.labels = new CurrentLabels(lookups::findById);
    }

    /** Nothing to wait for in the fake: the races this lock settles are proven on PostgreSQL. */
    @Override
    public Optional<Account> findForChange(AccountId id) {
        return findById(id);
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return Optional.ofNullable(accounts.get(id)).map(this::withCurrentLabels);
    }

    @Override
    public void add(Account account) {
        if (accounts.putIfAbsent(account.id(), account) != null) {
            throw ConflictException.duplicate("account " + account.id() + " exists");
        }
    }

    @Override
    public void update(Account account) {
        Account stored = accounts.get(account.id());
        if (stored == null || stored.version() != account.version() - 1) {
            throw ConflictException.concurrentModification(RecordKind.ACCOUNT, account.id());
        }
        accounts.put(account.id(), account);
    }

    @Override
    public void remove(AccountId id) {
        beforeRemoval.accept(id);
        accounts.remove(id);
    }

    /** What the database's references do when an account is deleted: refuse (by throwing) while records point to it. */
    public void onRemoval(Consumer<AccountId> references) {
        this.beforeRemoval = references;
    }

    /** What deleting a human does to the accounts it is linked to, as the database's cascade: the links go, nothing else changes. */
    public void unlinkAll(HumanId human) {
        accounts.replaceAll((id, account) -> Account.restore(id, account.name(), account.status(), account.types(),
                account.contacts(), account.links().stream().filter(link -> !link.humanId().equals(human)).toList(),
                account.version(), account.createdAt(), account.updatedAt()));
    }

    @Override
    public boolean holdIfExists(AccountId id) {
        return accounts.containsKey(id);
    }

    @Override
    public Page<AccountSummary> list(AccountListQuery query) {
        List<AccountSummary> matching = accounts.values().stream()
                .map(this::withCurrentLabels)
                .filter(account -> query.status() == null || account.status() == query.status())
                .filter(account -> query.typeId() == null
                        || account.types().stream().anyMatch(type -> type.id().equals(query.typeId())))
                .filter(account -> query.q() == null || InMemorySearch.matches(query.q(), account.contacts(), account.name()))
                .map(AccountSummary::of)
                .toList();
        return query.sort().field() == AccountSortField.NAME
                ? InMemoryPages.page(matching, InMemoryPages.Order.byText(query.sort(), AccountSummary::name, account -> account.id().value()),
                        query.page())
                : InMemoryPages.page(matching, InMemoryPages.Order.byInstant(query.sort(), AccountSummary::createdAt,
                        account -> account.id().value()), query.page());
    }

    /** Every account, with its labels' current names. */
    public List<Account> all() {
        return accounts.values().stream().map(this::withCurrentLabels).toList();
    }

    /** Whether any account has this type, role or label, as the database's foreign keys would know. */
    public boolean usesLabel(LookupItemId id) {
        return accounts.values().stream().anyMatch(account -> CurrentLabels.used(account.contacts(), id)
                || account.types().stream().anyMatch(type -> type.id().equals(id))
                || account.links().stream().anyMatch(link -> link.role().id().equals(id)));
    }

    private Account withCurrentLabels(Account account) {
        List<Label> types = account.types().stream().map(labels::of).toList();
        List<HumanLink> links = account.links().stream().map(link -> new HumanLink(link.id(), link.humanId(),
                labels.of(link.role()), link.createdAt(), link.updatedAt())).toList();
        return Account.restore(account.id(), account.name(), account.status(), types, labels.of(account.contacts()),
                links, account.version(), account.createdAt(), account.updatedAt());
    }
}

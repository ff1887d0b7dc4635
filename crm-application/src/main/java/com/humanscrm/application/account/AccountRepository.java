package com.humanscrm.application.account;

import com.humanscrm.application.edit.AggregateStore;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.account.AccountId;
import java.util.Optional;

/** Accounts with their types, emails and phone numbers, stored and loaded as one aggregate. */
public interface AccountRepository extends AggregateStore<AccountId, Account> {

    Optional<Account> findById(AccountId id);

    void add(Account account);

    void remove(AccountId id);

    /**
     * Whether the account exists; if so, it cannot be deleted until the current transaction ends (so a
     * document cannot be attached to an account whose deletion is under way).
     */
    boolean holdIfExists(AccountId id);

    /** A page of accounts as a list shows them (their summaries, not the aggregates). */
    Page<AccountSummary> list(AccountListQuery query);
}

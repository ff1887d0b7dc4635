package com.humanscrm.application.account;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.colleague.Permission;

/** Lists of accounts; an account's detail is {@link com.humanscrm.application.detail.DetailQueries#account}. */
public final class AccountQueries {

    private final AccountRepository accounts;

    public AccountQueries(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Page<AccountSummary> list(Actor actor, AccountListQuery query) {
        actor.require(Permission.VIEW_RECORDS);
        return accounts.list(query);
    }
}

package com.humanscrm.application.account;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RecordKind;

public final class AccountQueries {

    private final AccountRepository accounts;

    public AccountQueries(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Account get(Actor actor, AccountId id) {
        actor.require(Permission.VIEW_RECORDS);
        return accounts.findById(id).orElseThrow(() -> NotFoundException.of(RecordKind.ACCOUNT, id));
    }

    public Page<AccountSummary> list(Actor actor, AccountListQuery query) {
        actor.require(Permission.VIEW_RECORDS);
        return accounts.list(query);
    }
}

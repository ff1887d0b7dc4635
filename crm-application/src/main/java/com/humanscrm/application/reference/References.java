package com.humanscrm.application.reference;

import com.humanscrm.application.account.AccountRepository;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.RuleViolationException;
import java.util.UUID;

/**
 * The humans and accounts a request points to, checked and held: a record that another one is made to
 * point to exists, and cannot be deleted before the pointing one is stored. An unknown id is the
 * client's mistake, a field error under the name it was sent as.
 */
public final class References {

    private final HumanRepository humans;
    private final AccountRepository accounts;

    public References(HumanRepository humans, AccountRepository accounts) {
        this.humans = humans;
        this.accounts = accounts;
    }

    /** The human with this id ({@code null}: none asked for). */
    public HumanId human(UUID id, String field) {
        if (id == null) {
            return null;
        }
        HumanId human = new HumanId(id);
        if (!humans.holdIfExists(human)) {
            throw RuleViolationException.field(field, "no human with this id");
        }
        return human;
    }

    /** The account with this id ({@code null}: none asked for). */
    public AccountId account(UUID id, String field) {
        if (id == null) {
            return null;
        }
        AccountId account = new AccountId(id);
        if (!accounts.holdIfExists(account)) {
            throw RuleViolationException.field(field, "no account with this id");
        }
        return account;
    }
}

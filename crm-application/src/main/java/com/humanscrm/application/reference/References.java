package com.humanscrm.application.reference;

import com.humanscrm.application.account.AccountRepository;
import com.humanscrm.application.activity.ActivityRepository;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.RuleViolationException;
import java.util.UUID;

/**
 * The humans, accounts and activities a request points to, checked and held: a record that another one is made to
 * point to exists, and cannot be deleted before the pointing one is stored. An unknown id is the
 * client's mistake, a field error under the name it was sent as.
 */
public final class References {

    private final HumanRepository humans;
    private final AccountRepository accounts;
    private final ActivityRepository activities;

    public References(HumanRepository humans, AccountRepository accounts, ActivityRepository activities) {
        this.humans = humans;
        this.accounts = accounts;
        this.activities = activities;
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

    /** The activity with this id ({@code null}: none asked for). */
    public ActivityId activity(UUID id, String field) {
        if (id == null) {
            return null;
        }
        ActivityId activity = new ActivityId(id);
        if (!activities.holdIfExists(activity)) {
            throw RuleViolationException.field(field, "no activity with this id");
        }
        return activity;
    }
}

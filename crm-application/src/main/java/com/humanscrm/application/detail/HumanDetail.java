package com.humanscrm.application.detail;

import com.humanscrm.application.account.AccountOfHuman;
import com.humanscrm.domain.activity.Activity;
import com.humanscrm.domain.human.Human;
import java.util.List;

/** A human as its detail shows it: the record, the accounts it is linked to, and its newest activities. */
public record HumanDetail(Human human, List<AccountOfHuman> accounts, List<Activity> recentActivities) {
    public HumanDetail {
        accounts = List.copyOf(accounts);
        recentActivities = List.copyOf(recentActivities);
    }
}

package com.humanscrm.application.detail;

import com.humanscrm.application.human.HumanSummary;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.account.HumanLink;
import com.humanscrm.domain.activity.Activity;
import java.util.List;

/**
 * An account as its detail shows it: the record, each linked human with its role and how to reach them,
 * and the newest activities of the account and of those humans.
 */
public record AccountDetail(Account account, List<LinkedHuman> humans, List<Activity> recentActivities) {
    public AccountDetail {
        humans = List.copyOf(humans);
        recentActivities = List.copyOf(recentActivities);
    }

    /** A link of the account, with the human it links as a list shows them (names, primary email and phone). */
    public record LinkedHuman(HumanLink link, HumanSummary human) {
    }
}

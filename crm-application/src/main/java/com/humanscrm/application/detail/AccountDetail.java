package com.humanscrm.application.detail;

import com.humanscrm.application.activity.ActivitySummary;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.account.HumanLink;
import com.humanscrm.domain.human.HumanId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An account as its detail shows it: the record, each linked human with its role and how to reach them,
 * and the newest activities of the account and of those humans.
 */
public record AccountDetail(Account account, List<LinkedHuman> humans, List<ActivitySummary> recentActivities) {
    public AccountDetail {
        humans = List.copyOf(humans);
        recentActivities = List.copyOf(recentActivities);
    }

    /**
     * The account's detail from what was read of it: a link whose human was not found (deleted between the
     * two reads) is left out rather than shown half.
     */
    public static AccountDetail of(Account account, List<DetailReads.LinkedPerson> people,
                                   List<ActivitySummary> recentActivities) {
        Map<HumanId, DetailReads.LinkedPerson> byId = people.stream()
                .collect(Collectors.toMap(DetailReads.LinkedPerson::id, Function.identity(), (same, again) -> same));
        return new AccountDetail(account, account.links().stream()
                .filter(link -> byId.containsKey(link.humanId()))
                .map(link -> new LinkedHuman(link, byId.get(link.humanId())))
                .toList(), recentActivities);
    }

    /** A link of the account, with the human it links. */
    public record LinkedHuman(HumanLink link, DetailReads.LinkedPerson human) {
    }
}

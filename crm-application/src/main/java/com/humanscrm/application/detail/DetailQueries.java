package com.humanscrm.application.detail;

import com.humanscrm.application.account.AccountRepository;
import com.humanscrm.application.activity.ActivityListQuery;
import com.humanscrm.application.activity.ActivityRepository;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.human.HumanSummary;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.account.HumanLink;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RecordKind;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The detail views of humans and accounts, which gather what other records say about them. Each reads
 * a fixed number of statements, however many links and activities there are: the record, its
 * relations in one, its newest activities in one.
 */
public final class DetailQueries {

    /** How many of the newest activities a detail shows; the activities list pages through the rest. */
    public static final int RECENT_ACTIVITIES = 20;

    private final HumanRepository humans;
    private final AccountRepository accounts;
    private final ActivityRepository activities;

    public DetailQueries(HumanRepository humans, AccountRepository accounts, ActivityRepository activities) {
        this.humans = humans;
        this.accounts = accounts;
        this.activities = activities;
    }

    public HumanDetail human(Actor actor, HumanId id) {
        actor.require(Permission.VIEW_RECORDS);
        Human human = humans.findById(id).orElseThrow(() -> NotFoundException.of(RecordKind.HUMAN, id));
        return new HumanDetail(human, accounts.linksOf(id),
                activities.list(ActivityListQuery.newestOf(id, RECENT_ACTIVITIES)).items());
    }

    public AccountDetail account(Actor actor, AccountId id) {
        actor.require(Permission.VIEW_RECORDS);
        Account account = accounts.findById(id).orElseThrow(() -> NotFoundException.of(RecordKind.ACCOUNT, id));
        List<HumanId> linked = account.links().stream().map(HumanLink::humanId).distinct().toList();
        Map<HumanId, HumanSummary> people = linked.isEmpty() ? Map.of()
                : humans.summaries(linked).stream().collect(Collectors.toMap(HumanSummary::id, Function.identity()));
        // A link whose human was deleted after the account was read is left out, not shown half.
        List<AccountDetail.LinkedHuman> links = account.links().stream()
                .filter(link -> people.containsKey(link.humanId()))
                .map(link -> new AccountDetail.LinkedHuman(link, people.get(link.humanId())))
                .toList();
        return new AccountDetail(account, links, activities.newestAround(id, linked, RECENT_ACTIVITIES));
    }
}

package com.humanscrm.application.testing;

import com.humanscrm.application.account.AccountOfHuman;
import com.humanscrm.application.activity.ActivityListQuery;
import com.humanscrm.application.activity.ActivitySummary;
import com.humanscrm.application.detail.AccountDetail;
import com.humanscrm.application.detail.DetailReads;
import com.humanscrm.application.detail.HumanDetail;
import com.humanscrm.application.geo.ExpressionListQuery;
import com.humanscrm.application.human.HumanSummary;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.account.HumanLink;
import com.humanscrm.domain.activity.Activity;
import com.humanscrm.domain.human.HumanId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The detail views over the fakes, as the database's one round trip for each answers them. */
public final class InMemoryDetailReads implements DetailReads {

    private final InMemoryHumanRepository humans;
    private final InMemoryAccountRepository accounts;
    private final InMemoryActivityRepository activities;
    private final InMemoryPetRepository pets;
    private final InMemoryExpressionRepository expressions;

    public InMemoryDetailReads(InMemoryHumanRepository humans, InMemoryAccountRepository accounts,
                               InMemoryActivityRepository activities, InMemoryPetRepository pets,
                               InMemoryExpressionRepository expressions) {
        this.humans = humans;
        this.accounts = accounts;
        this.activities = activities;
        this.pets = pets;
        this.expressions = expressions;
    }

    @Override
    public Optional<HumanDetail> human(HumanId id) {
        return humans.findById(id).map(human -> {
            List<AccountOfHuman> links = accounts.all().stream()
                    .flatMap(account -> account.links().stream().filter(link -> link.humanId().equals(id))
                            .map(link -> new AccountOfHuman(link.id(), account.id(), account.name(), link.role())))
                    .sorted(Comparator.comparing(AccountOfHuman::accountName).thenComparing(link -> link.role().name()))
                    .toList();
            List<ActivitySummary> newest = activities.list(new ActivityListQuery(id, null, null, null, null, null,
                    PageRequest.first(RECENT_ACTIVITIES))).items().stream().map(ActivitySummary::of).toList();
            List<HumanDetail.Interest> interests = expressions.list(ExpressionListQuery.newestOf(id, RECENT_INTERESTS))
                    .items().stream()
                    .map(view -> new HumanDetail.Interest(view.expression().id(), view.place().id(), view.place().city(),
                            view.place().country(), view.expression().activityId().orElse(null),
                            view.expression().notes().orElse(null), view.expression().createdAt()))
                    .toList();
            List<HumanDetail.PetOfHuman> ownPets = pets.ofHuman(id).stream().limit(PETS_SHOWN)
                    .map(pet -> new HumanDetail.PetOfHuman(pet.id(), pet.name(), pet.breed().orElse(null), pet.isActive()))
                    .toList();
            return new HumanDetail(human, ownPets, links, newest, interests);
        });
    }

    @Override
    public Optional<AccountDetail> account(AccountId id) {
        return accounts.findById(id).map(account -> {
            Set<HumanId> linked = account.links().stream().map(HumanLink::humanId).collect(Collectors.toSet());
            List<LinkedPerson> people = linked.stream().map(humans::findById).flatMap(Optional::stream)
                    .map(HumanSummary::of)
                    .map(human -> new LinkedPerson(human.id(), human.firstName(), human.middleName(), human.lastName(),
                            human.primaryEmail(), human.primaryPhone()))
                    .toList();
            return AccountDetail.of(account, people, newestAround(account, linked));
        });
    }

    private List<ActivitySummary> newestAround(Account account, Set<HumanId> linked) {
        List<Activity> around = activities.all().stream()
                .filter(activity -> activity.accountId().equals(Optional.of(account.id()))
                        || activity.humanId().filter(linked::contains).isPresent())
                .toList();
        return InMemoryPages.page(around, InMemoryActivityRepository.NEWEST_FIRST, PageRequest.first(RECENT_ACTIVITIES))
                .items().stream().map(ActivitySummary::of).toList();
    }
}

package com.humanscrm.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.humanscrm.application.account.AccountOfHuman;
import com.humanscrm.application.account.AccountRepository;
import com.humanscrm.application.activity.ActivityRepository;
import com.humanscrm.application.activity.ActivitySummary;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.detail.AccountDetail;
import com.humanscrm.application.detail.DetailReads;
import com.humanscrm.application.detail.HumanDetail;
import com.humanscrm.application.geo.ExpressionRepository;
import com.humanscrm.application.geo.GeoInterestRepository;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.lookup.LookupRepository;
import com.humanscrm.application.pet.PetRepository;
import com.humanscrm.application.testing.HumanDrafts;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.activity.Activity;
import com.humanscrm.domain.activity.ActivityType;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.geo.Expression;
import com.humanscrm.domain.geo.GeoInterest;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.pet.Breed;
import com.humanscrm.domain.pet.Pet;
import com.humanscrm.domain.shared.Ids;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the detail views read, whatever stores them: the in-memory fakes and the jOOQ
 * adapter both run these. Each test reads records of its own.
 */
public abstract class DetailReadsContract extends RepositoryContract {

    private static final Instant MONDAY = Instant.parse("2026-02-02T09:00:00Z");

    protected abstract DetailReads reads();

    protected abstract HumanRepository humans();

    protected abstract AccountRepository accounts();

    protected abstract ActivityRepository activities();

    protected abstract ColleagueRepository colleagues();

    protected abstract LookupRepository lookups();

    protected abstract GeoInterestRepository geoInterests();

    protected abstract ExpressionRepository expressions();

    protected abstract PetRepository pets();

    private ColleagueId logger;

    @Test
    public void aHumansRelationsAreItsLinksByAccountNameThenRoleAndItsNewestActivities() {
        HumanId ada = aHuman("Ada", null);
        Label director = role("Director");
        Label broker = role("Broker");
        AccountId zephyr = anAccount("Zephyr " + token, link(ada, director));
        AccountId skyward = anAccount("Skyward " + token, link(ada, director), link(ada, broker));
        List<Activity> logged = new ArrayList<>();
        for (int day = 0; day < DetailReads.RECENT_ACTIVITIES + 2; day++) {
            logged.add(log(ada, day % 2 == 0 ? skyward : null, MONDAY.plus(Duration.ofDays(day))));
        }

        HumanDetail relations = reads().human(ada).orElseThrow();

        assertThat(relations.accounts()).extracting(AccountOfHuman::accountId, link -> link.role().name())
                .containsExactly(tuple(skyward, "Broker"), tuple(skyward, "Director"), tuple(zephyr, "Director"));
        assertThat(relations.accounts().getFirst().accountName()).isEqualTo("Skyward " + token);
        assertThat(relations.recentActivities()).hasSize(DetailReads.RECENT_ACTIVITIES)
                .containsExactlyElementsOf(logged.reversed().subList(0, DetailReads.RECENT_ACTIVITIES).stream()
                        .map(ActivitySummary::of).toList());
    }

    @Test
    public void aHumansInterestsAreItsNewestExpressionsWithTheirPlacesNames() {
        HumanId ada = aHuman("Ada", null);
        Activity call = log(ada, null, MONDAY);
        GeoInterest lisbon = inTransaction(() -> geoInterests().findOrAdd(GeoInterest.create("Lisbon " + token, "Portugal",
                clock))).place();
        Expression first = Expression.create(lisbon.id(), ada, call.id(), "In August", clock);
        Expression second = Expression.create(lisbon.id(), ada, null, null, clock);
        inTransaction(() -> expressions().add(first));
        inTransaction(() -> expressions().add(second));

        List<HumanDetail.Interest> interests = reads().human(ada).orElseThrow().geoInterests();

        assertThat(interests).extracting(HumanDetail.Interest::id).containsExactly(second.id(), first.id());
        assertThat(interests.getLast()).isEqualTo(new HumanDetail.Interest(first.id(), lisbon.id(), "Lisbon " + token,
                "Portugal", call.id(), "In August", first.createdAt()));
    }

    @Test
    public void aHumansPetsAreListedByNameAndOnlyTheFirstFewOfMany() {
        HumanId ada = aHuman("Ada", null);
        List<Pet> added = new ArrayList<>();
        for (int i = 0; i < DetailReads.PETS_SHOWN + 2; i++) {
            Pet pet = Pet.create(new Pet.Fields(ada, "Pet %03d".formatted(i), i % 2 == 0 ? Breed.BEAGLE : null, null, null,
                    null, i % 3 != 0), clock);
            inTransaction(() -> pets().add(pet));
            added.add(pet);
        }

        List<HumanDetail.PetOfHuman> pets = reads().human(ada).orElseThrow().pets();

        assertThat(pets).hasSize(DetailReads.PETS_SHOWN).containsExactlyElementsOf(added.subList(0, DetailReads.PETS_SHOWN)
                .stream().map(pet -> new HumanDetail.PetOfHuman(pet.id(), pet.name(), pet.breed().orElse(null), pet.isActive()))
                .toList());
    }

    @Test
    public void anAccountsRelationsNameItsHumansAndHoldTheNewestActivitiesOfAllEachOnce() {
        HumanId ada = aHuman("Ada", "+44 20 7946 0001");
        HumanId grace = aHuman("Grace", null);
        HumanId unrelated = aHuman("Alan", null);
        Label director = role("Director");
        AccountId skyward = anAccount("Skyward " + token, link(ada, director), link(grace, director), link(grace, role("Broker")));
        Activity ofAccount = log(null, skyward, MONDAY);
        Activity ofBoth = log(ada, skyward, MONDAY.plusSeconds(60));
        List<Activity> ofGrace = new ArrayList<>();
        for (int day = 1; day <= 4; day++) {
            ofGrace.add(log(grace, null, MONDAY.plus(Duration.ofDays(day))));
        }
        log(unrelated, null, MONDAY.plus(Duration.ofDays(10)));

        AccountDetail relations = reads().account(skyward).orElseThrow();

        assertThat(relations.humans()).extracting(linked -> linked.human().id()).containsExactly(ada, grace, grace);
        assertThat(relations.humans()).extracting(linked -> linked.link().role().name())
                .containsExactly("Director", "Director", "Broker");
        DetailReads.LinkedPerson first = relations.humans().getFirst().human();
        assertThat(first.firstName()).isEqualTo("Ada " + token);
        assertThat(first.lastName()).isEqualTo("Related");
        assertThat(first.primaryEmail()).startsWith("ada.");
        assertThat(first.primaryPhone()).isEqualTo("+44 20 7946 0001");
        assertThat(relations.recentActivities()).containsExactly(ActivitySummary.of(ofGrace.get(3)),
                ActivitySummary.of(ofGrace.get(2)), ActivitySummary.of(ofGrace.get(1)), ActivitySummary.of(ofGrace.get(0)),
                ActivitySummary.of(ofBoth), ActivitySummary.of(ofAccount));
    }

    @Test
    public void anAccountShowsOnlyTheNewestActivitiesHoweverManyItsHumansHave() {
        HumanId ada = aHuman("Ada", null);
        HumanId grace = aHuman("Grace", null);
        AccountId skyward = anAccount("Skyward " + token, link(ada, role("Director")), link(grace, role("Director")));
        List<Activity> logged = new ArrayList<>();
        for (int day = 0; day < DetailReads.RECENT_ACTIVITIES + 3; day++) {
            logged.add(log(day % 2 == 0 ? ada : grace, day % 3 == 0 ? skyward : null, MONDAY.plus(Duration.ofDays(day))));
        }

        assertThat(reads().account(skyward).orElseThrow().recentActivities())
                .containsExactlyElementsOf(logged.reversed().subList(0, DetailReads.RECENT_ACTIVITIES).stream()
                        .map(ActivitySummary::of).toList());
    }

    @Test
    public void aRecordNothingPointsToHasNoRelationsAndAnUnknownOneIsNothing() {
        HumanId ada = aHuman("Ada", null);
        AccountId bare = anAccount("Bare " + token);

        HumanDetail human = reads().human(ada).orElseThrow();
        AccountDetail account = reads().account(bare).orElseThrow();

        assertThat(human.human().id()).isEqualTo(ada);
        assertThat(human.pets()).isEmpty();
        assertThat(human.accounts()).isEmpty();
        assertThat(human.recentActivities()).isEmpty();
        assertThat(human.geoInterests()).isEmpty();
        assertThat(account.account().id()).isEqualTo(bare);
        assertThat(account.humans()).isEmpty();
        assertThat(account.recentActivities()).isEmpty();
        assertThat(reads().human(new HumanId(Ids.newId(clock)))).isEmpty();
        assertThat(reads().account(new AccountId(Ids.newId(clock)))).isEmpty();
    }

    private record Linking(HumanId human, Label role) {
    }

    private static Linking link(HumanId human, Label role) {
        return new Linking(human, role);
    }

    private Label role(String name) {
        return lookups().findByName(LookupList.ACCOUNT_HUMAN_ROLES, name).orElseThrow().asLabel();
    }

    private AccountId anAccount(String name, Linking... links) {
        Account account = Account.create(new Account.NewAccount(name, null, List.of(), List.of(), List.of()), clock);
        for (Linking linking : links) {
            account = account.link(Ids.newId(clock), linking.human(), linking.role(), clock);
        }
        Account stored = account;
        inTransaction(() -> accounts().add(stored));
        return stored.id();
    }

    private HumanId aHuman(String firstName, String phone) {
        Human human = Human.create(HumanDrafts.draft(firstName + " " + token, null, "Related", null, Set.of(HumanType.CLIENT),
                List.of(HumanDrafts.email(uniqueEmail(firstName.toLowerCase(java.util.Locale.ROOT)), null, true)),
                phone == null ? List.of() : List.of(HumanDrafts.phone(phone, null, false, true))), clock);
        inTransaction(() -> humans().add(human));
        return human.id();
    }

    private Activity log(HumanId human, AccountId account, Instant when) {
        if (logger == null) {
            Colleague colleague = Colleague.create(uniqueEmail(letters(5)), "Detail", null, "Reader", null, Role.AGENT, clock);
            inTransaction(() -> colleagues().add(colleague));
            logger = colleague.id();
        }
        Activity activity = Activity.create(new Activity.Fields(ActivityType.PHONE_CALL, "Call", null,
                when.truncatedTo(ChronoUnit.MICROS), human, account, null, null), logger, clock);
        inTransaction(() -> activities().add(activity));
        return activity;
    }
}

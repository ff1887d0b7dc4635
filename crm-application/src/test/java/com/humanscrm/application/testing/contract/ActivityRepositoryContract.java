package com.humanscrm.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.account.AccountRepository;
import com.humanscrm.application.activity.ActivityListQuery;
import com.humanscrm.application.activity.ActivityRepository;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.HumanDrafts;
import com.humanscrm.application.testing.Refusals;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.activity.Activity;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.activity.ActivityType;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.Ids;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ActivityRepository} must do, and what deleting the humans and accounts activities
 * are about does: the in-memory fake and the jOOQ adapter both run these. Each test's activities are
 * about humans and accounts of its own, so its lists hold only them, even on a shared database.
 */
public abstract class ActivityRepositoryContract extends RepositoryContract {

    private static final Instant MONDAY = Instant.parse("2026-02-02T09:00:00Z");

    protected abstract ActivityRepository activities();

    protected abstract HumanRepository humans();

    protected abstract AccountRepository accounts();

    protected abstract ColleagueRepository colleagues();

    @Test
    public void aStoredActivityReadsBackWithEveryField() {
        Activity activity = add(new Activity.Fields(ActivityType.EMAIL, "Quote " + token, "Two dogs", MONDAY, aHuman(),
                anAccount(), "gmail-" + token, "front-" + token));

        assertSameActivity(activities().findById(activity.id()).orElseThrow(), activity);
        assertSameActivity(inTransaction(() -> activities().findForChange(activity.id())).orElseThrow(), activity);
        assertThat(inTransaction(() -> activities().holdIfExists(activity.id()))).isTrue();
    }

    @Test
    public void anUnknownIdFindsNothing() {
        ActivityId unknown = new ActivityId(Ids.newId(clock));

        assertThat(activities().findById(unknown)).isEmpty();
        assertThat(inTransaction(() -> activities().findForChange(unknown))).isEmpty();
        assertThat(inTransaction(() -> activities().holdIfExists(unknown))).isFalse();
    }

    @Test
    public void anUpdateStoresEveryChangeAndAStaleOneIsAConcurrentModification() {
        HumanId human = aHuman();
        Activity original = add(call(human, null, MONDAY));
        Activity changed = original.change(new Activity.Fields(ActivityType.ONLINE_MEETING, "Kick-off", null,
                MONDAY.plusSeconds(60), null, anAccount(), null, "front-" + token), clock);

        inTransaction(() -> activities().update(changed));

        assertSameActivity(activities().findById(original.id()).orElseThrow(), changed);
        Refusals.refusal(ConflictException.class, ConflictException.CONCURRENT_MODIFICATION,
                () -> inTransaction(() -> activities().update(original.change(call(human, null, MONDAY), clock))));
    }

    @Test
    public void aGmailOrFrontIdTakenByAnotherActivityIsADuplicate() {
        HumanId human = aHuman();
        add(new Activity.Fields(ActivityType.EMAIL, "Hi", null, MONDAY, human, null, "gmail-" + token, "front-" + token));

        Refusals.refusal(ConflictException.class, ConflictException.DUPLICATE, () -> add(new Activity.Fields(
                ActivityType.EMAIL, "Again", null, MONDAY, human, null, "gmail-" + token, null)));
        Activity other = add(call(human, null, MONDAY));
        Refusals.refusal(ConflictException.class, ConflictException.DUPLICATE, () -> inTransaction(() -> activities()
                .update(other.change(new Activity.Fields(ActivityType.PHONE_CALL, null, null, MONDAY, human, null, null,
                        "front-" + token), clock))));
    }

    @Test
    public void aListIsNewestFirstWithTheIdBreakingTiesAndPagesWithoutGapsOrRepeats() {
        HumanId human = aHuman();
        List<Activity> logged = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            logged.add(add(call(human, null, MONDAY.plus(Duration.ofHours(i / 2)))));
        }
        List<Activity> expected = logged.stream()
                .sorted((a, b) -> a.activityDate().equals(b.activityDate()) ? b.id().value().compareTo(a.id().value())
                        : b.activityDate().compareTo(a.activityDate()))
                .toList();

        List<Activity> seen = new ArrayList<>();
        Page<Activity> page = list(human, null, null, null, null, new PageRequest(3, null, true));
        assertThat(page.total()).isEqualTo(7);
        seen.addAll(page.items());
        while (page.nextCursor() != null) {
            page = list(human, null, null, null, null, new PageRequest(3, page.nextCursor(), false));
            seen.addAll(page.items());
        }

        assertThat(seen).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(expected);
    }

    @Test
    public void everyFilterNarrowsTheListAndTheDatesBoundItInclusively() {
        HumanId human = aHuman();
        AccountId account = anAccount();
        Activity first = add(call(human, null, MONDAY));
        Activity second = add(new Activity.Fields(ActivityType.EMAIL, "Hi", null, MONDAY.plusSeconds(60), human, account,
                null, null));
        Activity third = add(call(null, account, MONDAY.plusSeconds(120)));

        assertThat(list(human, null, null, null, null, PageRequest.first(10)).items()).usingRecursiveFieldByFieldElementComparator().containsExactly(second, first);
        assertThat(list(null, account, null, null, null, PageRequest.first(10)).items()).usingRecursiveFieldByFieldElementComparator().containsExactly(third, second);
        assertThat(list(human, null, ActivityType.EMAIL, null, null, PageRequest.first(10)).items()).usingRecursiveFieldByFieldElementComparator().containsExactly(second);
        assertThat(list(human, null, null, MONDAY.plusSeconds(60), MONDAY.plusSeconds(120), PageRequest.first(10)).items())
                .usingRecursiveFieldByFieldElementComparator().containsExactly(second);
        assertThat(list(human, null, null, null, MONDAY, PageRequest.first(10)).items()).usingRecursiveFieldByFieldElementComparator().containsExactly(first);
        assertThat(activities().list(new ActivityListQuery(null, account, null, colleague(), null, null,
                PageRequest.first(10))).items()).isEmpty();
        assertThat(activities().list(new ActivityListQuery(null, account, null, first.createdBy(), null, null,
                PageRequest.first(10))).items()).usingRecursiveFieldByFieldElementComparator().containsExactly(third, second);
    }

    @Test
    public void aHumanOrAnAccountActivitiesAreAboutCannotBeRemoved() {
        HumanId human = aHuman();
        AccountId account = anAccount();
        Activity activity = add(call(human, account, MONDAY));

        Refusals.refusal(ConflictException.class, ConflictException.IN_USE, () -> inTransaction(() -> humans().remove(human)));
        Refusals.refusal(ConflictException.class, ConflictException.IN_USE,
                () -> inTransaction(() -> accounts().remove(account)));

        inTransaction(() -> activities().remove(activity.id()));
        inTransaction(() -> humans().remove(human));
        inTransaction(() -> accounts().remove(account));
        assertThat(humans().findById(human)).isEmpty();
        assertThat(accounts().findById(account)).isEmpty();
        assertThat(activities().findById(activity.id())).isEmpty();
    }

    /** The same activity in every field: an aggregate is equal only to itself. */
    private static void assertSameActivity(Activity actual, Activity expected) {
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
    }

    private Page<Activity> list(HumanId human, AccountId account, ActivityType type, Instant from, Instant to,
                                PageRequest page) {
        return activities().list(new ActivityListQuery(human, account, type, null, from, to, page));
    }

    private Activity add(Activity.Fields fields) {
        Activity activity = Activity.create(fields, creator(), clock);
        inTransaction(() -> activities().add(activity));
        return activity;
    }

    private static Activity.Fields call(HumanId human, AccountId account, Instant when) {
        return new Activity.Fields(ActivityType.PHONE_CALL, null, "notes", when.truncatedTo(ChronoUnit.MICROS), human,
                account, null, null);
    }

    private ColleagueId creator;

    /** The colleague this test's activities are logged by. */
    private ColleagueId creator() {
        if (creator == null) {
            creator = colleague();
        }
        return creator;
    }

    private ColleagueId colleague() {
        Colleague colleague = Colleague.create(uniqueEmail(letters(5)), "Activity", null, "Logger", null, Role.AGENT, clock);
        inTransaction(() -> colleagues().add(colleague));
        return colleague.id();
    }

    private HumanId aHuman() {
        Human human = Human.create(HumanDrafts.draft("Ada " + token, null, "Active", null, Set.of(HumanType.CLIENT),
                List.of(HumanDrafts.email(uniqueEmail(letters(6)), null, true)), List.of()), clock);
        inTransaction(() -> humans().add(human));
        return human.id();
    }

    private AccountId anAccount() {
        Account account = Account.create(new Account.NewAccount("Account " + token, null, List.of(), List.of(), List.of()),
                clock);
        inTransaction(() -> accounts().add(account));
        return account.id();
    }
}

package com.humanscrm.application.detail;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.account.AccountOfHuman;
import com.humanscrm.application.account.CreateAccount;
import com.humanscrm.application.account.LinkHuman;
import com.humanscrm.application.activity.ActivitySummary;
import com.humanscrm.application.activity.CreateActivity;
import com.humanscrm.application.contact.ContactInput;
import com.humanscrm.application.human.CreateHuman;
import com.humanscrm.application.human.DeleteHuman;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.activity.Activity;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DetailQueriesTest extends UseCaseTest {

    private static final Instant MONDAY = Instant.parse("2026-02-02T09:00:00Z");
    private final DetailQueries details = useCases.details();
    private final Label director = seeded(LookupList.ACCOUNT_HUMAN_ROLES, "Director");
    private final Label broker = seeded(LookupList.ACCOUNT_HUMAN_ROLES, "Broker");

    @Test
    void aHumansDetailShowsItsAccountsInTheirRolesAndItsTwentyNewestActivities() {
        HumanId ada = aHuman("ada");
        AccountId zephyr = anAccount("Zephyr");
        AccountId skyward = anAccount("Skyward");
        link(zephyr, ada, director);
        link(skyward, ada, broker);
        link(skyward, ada, director);
        List<Activity> logged = IntStream.range(0, DetailReads.RECENT_ACTIVITIES + 5)
                .mapToObj(day -> log(ada, null, MONDAY.plus(Duration.ofDays(day)))).toList();

        HumanDetail detail = details.human(viewer, ada);

        assertThat(detail.human().id()).isEqualTo(ada);
        assertThat(detail.accounts()).extracting(AccountOfHuman::accountName, link -> link.role().name())
                .containsExactly(org.assertj.core.api.Assertions.tuple("Skyward", "Broker"),
                        org.assertj.core.api.Assertions.tuple("Skyward", "Director"),
                        org.assertj.core.api.Assertions.tuple("Zephyr", "Director"));
        assertThat(detail.recentActivities()).hasSize(DetailReads.RECENT_ACTIVITIES)
                .first().isEqualTo(ActivitySummary.of(logged.getLast()));
    }

    @Test
    void anAccountsDetailShowsItsHumansWithHowToReachThemAndTheNewestActivitiesOfAll() {
        HumanId ada = aHuman("ada");
        HumanId grace = aHuman("grace");
        HumanId unrelated = aHuman("alan");
        AccountId skyward = anAccount("Skyward");
        link(skyward, ada, director);
        link(skyward, grace, broker);
        Activity ofAccount = log(null, skyward, MONDAY);
        Activity ofAda = log(ada, null, MONDAY.plus(Duration.ofDays(1)));
        Activity ofBoth = log(grace, skyward, MONDAY.plus(Duration.ofDays(2)));
        log(unrelated, null, MONDAY.plus(Duration.ofDays(3)));

        AccountDetail detail = details.account(viewer, skyward);

        assertThat(detail.humans()).extracting(linked -> linked.human().firstName(), linked -> linked.link().role().name(),
                        linked -> linked.human().primaryEmail(), linked -> linked.human().primaryPhone())
                .containsExactly(org.assertj.core.api.Assertions.tuple("ada", "Director", "ada@example.test", "+44 ada"),
                        org.assertj.core.api.Assertions.tuple("grace", "Broker", "grace@example.test", "+44 grace"));
        assertThat(detail.recentActivities()).containsExactly(ActivitySummary.of(ofBoth), ActivitySummary.of(ofAda),
                ActivitySummary.of(ofAccount));
    }

    @Test
    void deletingAHumanTakesItsLinksFromTheAccounts() {
        HumanId ada = aHuman("ada");
        AccountId skyward = anAccount("Skyward");
        link(skyward, ada, director);

        useCases.humans().delete().execute(admin, new DeleteHuman.Command(ada, null));

        assertThat(details.account(viewer, skyward).humans()).isEmpty();
        assertThat(useCases.details().account(viewer, skyward).account().links()).isEmpty();
    }

    @Test
    void aRecordWithoutRelationsHasEmptyOnesAndAnUnknownOneIsNotFound() {
        HumanId ada = aHuman("ada");
        AccountId skyward = anAccount("Skyward");

        assertThat(details.human(viewer, ada).accounts()).isEmpty();
        assertThat(details.human(viewer, ada).recentActivities()).isEmpty();
        assertThat(details.account(viewer, skyward).humans()).isEmpty();
        assertThat(details.account(viewer, skyward).recentActivities()).isEmpty();
        refused(NotFoundException.class, "HUMAN_NOT_FOUND", () -> details.human(viewer, new HumanId(Ids.newId(crm.clock))));
        refused(NotFoundException.class, "ACCOUNT_NOT_FOUND",
                () -> details.account(viewer, new AccountId(Ids.newId(crm.clock))));
    }

    private void link(AccountId account, HumanId human, Label role) {
        useCases.accounts().link().execute(agent, new LinkHuman.Command(account, human.value(), role.id().value()));
    }

    private Activity log(HumanId human, AccountId account, Instant when) {
        return useCases.activities().create().execute(agent, new CreateActivity.Command("phone_call", null, null, when,
                human == null ? null : human.value(), account == null ? null : account.value(), null, null));
    }

    private HumanId aHuman(String name) {
        return useCases.humans().create().execute(agent, new CreateHuman.Command(name, null, "Test", null,
                List.of("client"), List.of(new ContactInput<>(() -> new EmailAddress(name + "@example.test"), null, false)),
                List.of(new ContactInput<>(() -> new PhoneNumber("+44 " + name, false), null, false)))).id();
    }

    private AccountId anAccount(String name) {
        return useCases.accounts().create().execute(agent, new CreateAccount.Command(name, null, null, null, null)).id();
    }

    private Label seeded(LookupList list, String name) {
        return crm.lookups.findByName(list, name).orElseThrow().asLabel();
    }
}

package com.humanscrm.adapters.persistence.detail;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.adapters.persistence.StatementLog;
import com.humanscrm.application.detail.AccountDetail;
import com.humanscrm.application.detail.DetailQueries;
import com.humanscrm.application.detail.DetailReads;
import com.humanscrm.application.detail.HumanDetail;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.testing.HumanDrafts;
import com.humanscrm.application.testing.MutableClock;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.activity.Activity;
import com.humanscrm.domain.activity.ActivityType;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.Ids;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The detail views cost one round trip, whatever the number of links and activities: the record's
 * statement and its relations', sent together.
 */
class DetailStatementsTest {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    private static final Actor VIEWER = new Actor(null, null, Role.VIEWER, "detail-test", "127.0.0.1");

    private final MutableClock clock = MutableClock.startingAt("2025-03-01T09:00:00Z");
    private final Label director = database.persistence().lookups()
            .findByName(LookupList.ACCOUNT_HUMAN_ROLES, "Director").orElseThrow().asLabel();
    private final Colleague logger = Colleague.create("logger" + Ids.newId(clock) + "@humans.test", "Log", null, "Ger",
            null, Role.AGENT, clock);
    private final StatementLog statements = new StatementLog();
    private final DetailQueries details = new DetailQueries(new JooqDetailReads(statements.dsl(database.settings())));

    @ParameterizedTest
    @ValueSource(ints = {1, 60})
    void anAccountsDetailIsOneRoundTripWhateverItsLinksAndActivities(int links) {
        inTransaction(() -> database.persistence().colleagues().add(logger));
        Account account = Account.create(new Account.NewAccount("Skyward", null, List.of(), List.of(), List.of()), clock);
        List<HumanId> humans = new ArrayList<>();
        for (int i = 0; i < links; i++) {
            HumanId human = human();
            humans.add(human);
            account = account.link(Ids.newId(clock), human, director, clock);
        }
        Account linked = account;
        inTransaction(() -> database.persistence().accounts().add(linked));
        humans.forEach(human -> log(human, null, 3));
        log(null, linked, 3);

        AccountDetail detail = counted(() -> details.account(VIEWER, linked.id()), 1);

        assertThat(detail.humans()).hasSize(links);
        assertThat(detail.humans()).allSatisfy(human -> assertThat(human.human().primaryEmail()).startsWith("ada"));
        assertThat(detail.recentActivities()).hasSize(Math.min(DetailReads.RECENT_ACTIVITIES, 3 * links + 3));
    }

    @Test
    void aHumansDetailIsOneRoundTripWhateverItsAccountsAndActivities() {
        inTransaction(() -> database.persistence().colleagues().add(logger));
        HumanId human = human();
        for (int i = 0; i < 30; i++) {
            Account account = Account.create(new Account.NewAccount("Account " + i, null, List.of(), List.of(), List.of()),
                    clock).link(Ids.newId(clock), human, director, clock);
            inTransaction(() -> database.persistence().accounts().add(account));
        }
        log(human, null, 40);

        HumanDetail detail = counted(() -> details.human(VIEWER, human), 1);

        assertThat(detail.accounts()).hasSize(30);
        assertThat(detail.recentActivities()).hasSize(DetailReads.RECENT_ACTIVITIES);
    }

    private <T> T counted(Supplier<T> read, int expected) {
        int before = statements.count();
        T result = read.get();
        assertThat(statements.count() - before).isEqualTo(expected);
        return result;
    }

    private void log(HumanId human, Account account, int count) {
        for (int i = 0; i < count; i++) {
            clock.advance(Duration.ofMinutes(1));
            Activity activity = Activity.create(new Activity.Fields(ActivityType.PHONE_CALL, null, null, null, human,
                    account == null ? null : account.id(), null, null), logger.id(), clock);
            inTransaction(() -> database.persistence().activities().add(activity));
        }
    }

    private HumanId human() {
        Human human = Human.create(HumanDrafts.draft("Ada", null, "Lovelace", null, Set.of(HumanType.CLIENT),
                List.of(HumanDrafts.email("ada" + Ids.newId(clock) + "@example.test", null, true)), List.of()), clock);
        inTransaction(() -> database.persistence().humans().add(human));
        return human.id();
    }

    private static void inTransaction(Runnable work) {
        database.persistence().unitOfWork().inTransaction(() -> {
            work.run();
            return null;
        });
    }
}

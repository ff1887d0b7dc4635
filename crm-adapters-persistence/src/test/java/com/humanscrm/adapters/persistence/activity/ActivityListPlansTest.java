package com.humanscrm.adapters.persistence.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.adapters.persistence.ListPlans;
import com.humanscrm.adapters.persistence.StatementLog;
import com.humanscrm.adapters.persistence.detail.JooqDetailReads;
import com.humanscrm.application.activity.ActivityListQuery;
import com.humanscrm.application.detail.DetailReads;
import com.humanscrm.application.shared.Cursor;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.activity.ActivityType;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.human.HumanId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every filter of the activities list, alone and combined, on its first page and deeper, is answered
 * from an index in the list's order (newest first), as {@code HumanListPlansTest} proves for humans; and
 * an account's detail reads the newest activities of each linked human from its index, not all of them.
 */
class ActivityListPlansTest {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    private static final StatementLog statements = new StatementLog();
    private static DSLContext sql;
    private static HumanId human;
    private static AccountId account;
    private static ColleagueId colleague;

    @BeforeAll
    static void seed() {
        sql = statements.dsl(database.settings());
        // Enough rows, spread like real ones, for the planner to weigh an index against a full read.
        sql.execute("""
                insert into colleagues (id, email, first_name, last_name, display_name, role, version, created_at, updated_at)
                select gen_random_uuid(), 'colleague' || i || '@plans.example', 'C', 'L' || i, 'C L' || i, 'agent', 1, now(), now()
                from generate_series(1, 20) as i""");
        sql.execute("""
                insert into humans (id, first_name, last_name, status, search_text, version, created_at, updated_at)
                select gen_random_uuid(), 'First' || i, 'Last' || i, 'open', 'first' || i, 1, now(), now()
                from generate_series(1, 5000) as i""");
        sql.execute("""
                insert into accounts (id, name, status, search_text, version, created_at, updated_at)
                select gen_random_uuid(), 'Account ' || i, 'open', 'account ' || i, 1, now(), now()
                from generate_series(1, 1000) as i""");
        sql.execute("""
                with h as (select array_agg(id) as ids from humans),
                     a as (select array_agg(id) as ids from accounts),
                     c as (select array_agg(id) as ids from colleagues)
                insert into activities (id, type, subject, activity_date, human_id, account_id, created_by, version,
                                        created_at, updated_at)
                select gen_random_uuid(), (array['email', 'whatsapp_message', 'online_meeting', 'phone_call'])[1 + i % 4],
                       'Subject ' || i, now() - make_interval(mins => i),
                       case when i % 3 <> 0 then h.ids[1 + i % 5000] end,
                       case when i % 3 <> 1 then a.ids[1 + i % 1000] end,
                       c.ids[1 + i % 20], 1, now(), now()
                from h, a, c, generate_series(1, 60000) as i""");
        human = new HumanId(sql.fetchOne("select id from humans limit 1").get(0, UUID.class));
        account = new AccountId(sql.fetchOne("select id from accounts limit 1").get(0, UUID.class));
        colleague = new ColleagueId(sql.fetchOne("select id from colleagues limit 1").get(0, UUID.class));
        // The lists worth planning: a human and an account with thousands of activities, where reading them
        // all and sorting would cost what one page from the index does not.
        sql.execute("""
                insert into activities (id, type, activity_date, human_id, account_id, created_by, version, created_at,
                                        updated_at)
                select gen_random_uuid(), 'phone_call', now() - make_interval(secs => i), ?, case when i % 2 = 0 then ? end,
                       ?, 1, now(), now()
                from generate_series(1, 3000) as i""", human.value(), account.value(), colleague.value());
        sql.execute("vacuum analyze");
    }

    static List<ActivityListQuery> everyList() {
        Instant from = Instant.parse("2025-01-01T00:00:00Z");
        Instant to = Instant.parse("2030-01-01T00:00:00Z");
        List<ActivityListQuery> lists = new ArrayList<>();
        for (Cursor cursor : new Cursor[] {null, new Cursor("-activityDate", "2026-06-01T00:00:00Z", UUID.randomUUID())}) {
            for (HumanId humanId : new HumanId[] {null, human}) {
                for (AccountId accountId : new AccountId[] {null, account}) {
                    for (ActivityType type : new ActivityType[] {null, ActivityType.EMAIL}) {
                        for (ColleagueId createdBy : new ColleagueId[] {null, colleague}) {
                            for (boolean dated : new boolean[] {false, true}) {
                                lists.add(new ActivityListQuery(humanId, accountId, type, createdBy, dated ? from : null,
                                        dated ? to : null, new PageRequest(50, cursor, false)));
                            }
                        }
                    }
                }
            }
        }
        return lists;
    }

    /**
     * One filter (or none) reads a page from its index in order. Two or more are still read from an index,
     * but PostgreSQL may rightly intersect two and sort what both match, fewer rows than either holds.
     */
    @ParameterizedTest
    @MethodSource("everyList")
    void theListIsReadFromAnIndexInItsOrder(ActivityListQuery list) {
        long filters = Stream.of(list.humanId(), list.accountId(), list.type(), list.createdBy()).filter(Objects::nonNull)
                .count();
        ListPlans.assertReadFromAnIndexInOrder(sql, statements, "activities", filters > 1,
                () -> new JooqActivityRepository(sql).list(list));
    }

    @Test
    void anAccountsDetailReadsOnlyTheNewestActivitiesOfEachLinkedHuman() {
        List<UUID> linked = sql.fetch("select distinct human_id from activities where human_id is not null limit 200")
                .getValues(0, UUID.class);
        UUID bare = sql.fetchOne("select id from accounts where id <> ? limit 1", account.value()).get(0, UUID.class);
        for (UUID linkedHuman : linked) {
            sql.execute("insert into account_humans (id, account_id, human_id, role_id, created_at, updated_at)"
                    + " select gen_random_uuid(), ?, ?, id, now(), now() from lookup_items where list = 'account_human_roles'"
                    + " limit 1", bare, linkedHuman);
        }
        sql.execute("analyze account_humans");
        statements.clear();

        assertThat(new JooqDetailReads(sql).account(new AccountId(bare)).orElseThrow().recentActivities())
                .hasSize(DetailReads.RECENT_ACTIVITIES);

        assertThat(statements.count()).isEqualTo(1);
        // The relations' statement, sent after the account's own; its one parameter, the account, wherever it is named.
        String relations = statements.prepared().getFirst().split(";\n")[1].replace("?", "'" + bare + "'::uuid");
        String plan = String.join("\n", sql.fetch("explain " + relations).getValues(0, String.class));
        assertThat(plan).doesNotContain("Seq Scan on activities").contains("activities_human_date_idx")
                .contains("activities_account_date_idx");
    }
}

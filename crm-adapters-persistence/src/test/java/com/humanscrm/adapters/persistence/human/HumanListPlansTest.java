package com.humanscrm.adapters.persistence.human;


import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.adapters.persistence.ListPlans;
import com.humanscrm.adapters.persistence.StatementLog;
import com.humanscrm.application.human.HumanListQuery;
import com.humanscrm.application.human.HumanSortField;
import com.humanscrm.application.shared.Cursor;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.shared.Sort;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.shared.PartyStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented sort and filter of the humans list, on its first page and deeper, is answered
 * from an index in the list's order: none reads the whole table, and none sorts it, unless a text
 * search (whose matches come from the trigram index in no particular order) asks for it. So a
 * change to the query or to the schema cannot quietly make a list at a million rows slow.
 */
class HumanListPlansTest {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    private static final StatementLog statements = new StatementLog();
    private static DSLContext sql;

    @BeforeAll
    static void seed() {
        sql = statements.dsl(database.settings());
        // Enough rows, spread like real ones, for the planner to weigh an index against a full read.
        sql.execute("""
                insert into humans (id, first_name, last_name, status, search_text, version, created_at, updated_at)
                select gen_random_uuid(), 'First' || i, 'Last' || (i * 7919 % 20000), (array['open', 'active', 'closed'])[1 + i % 3],
                       'first' || i || ' last' || i || ' person' || i || '@bulk.example', 1,
                       now() - make_interval(mins => i), now()
                from generate_series(1, 20000) as i""");
        sql.execute("""
                insert into human_types (human_id, type)
                select id, (array['client', 'client', 'client', 'trainer', 'travel_agent', 'flight_broker'])[1 + abs(hashtext(id::text)) % 6]
                from humans""");
        sql.execute("vacuum analyze");
    }

    static List<HumanListQuery> everyList() {
        List<HumanListQuery> lists = new ArrayList<>();
        for (HumanSortField field : HumanSortField.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                Sort<HumanSortField> sort = new Sort<>(field, descending);
                String key = field == HumanSortField.LAST_NAME ? "Last5000" : "2025-01-01T00:00:00Z";
                for (Cursor cursor : new Cursor[] {null, new Cursor(sort.token(), key, UUID.randomUUID())}) {
                    for (PartyStatus status : new PartyStatus[] {null, PartyStatus.ACTIVE}) {
                        for (HumanType type : new HumanType[] {null, HumanType.TRAINER}) {
                            for (String q : new String[] {null, "person123", "person123 la"}) {
                                lists.add(new HumanListQuery(status, type, q, sort, new PageRequest(50, cursor, false)));
                            }
                        }
                    }
                }
            }
        }
        return lists;
    }

    @ParameterizedTest
    @MethodSource("everyList")
    void theListIsReadFromAnIndexInItsOrder(HumanListQuery list) {
        ListPlans.assertReadFromAnIndexInOrder(sql, statements, "humans", list.q() != null,
                () -> new JooqHumanRepository(sql).list(list));
    }
}

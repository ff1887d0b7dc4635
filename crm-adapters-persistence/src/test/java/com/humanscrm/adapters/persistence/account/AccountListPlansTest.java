package com.humanscrm.adapters.persistence.account;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.adapters.persistence.ListPlans;
import com.humanscrm.adapters.persistence.StatementLog;
import com.humanscrm.application.account.AccountListQuery;
import com.humanscrm.application.account.AccountSortField;
import com.humanscrm.application.shared.Cursor;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.shared.Sort;
import com.humanscrm.domain.lookup.LookupItemId;
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
 * Every documented sort and filter of the accounts list, on its first page and deeper, is answered
 * from an index in the list's order, as {@code HumanListPlansTest} proves for humans.
 */
class AccountListPlansTest {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    /** Pet Services, from the seeded account types list. */
    private static final LookupItemId PET_SERVICES = new LookupItemId(UUID.fromString("01a2011a-2ec2-7346-ac31-c88c04de9098"));

    private static final StatementLog statements = new StatementLog();
    private static DSLContext sql;

    @BeforeAll
    static void seed() {
        sql = statements.dsl(database.settings());
        // Enough rows, spread like real ones, for the planner to weigh an index against a full read.
        sql.execute("""
                insert into accounts (id, name, status, search_text, version, created_at, updated_at)
                select gen_random_uuid(), 'Account ' || (i * 7919 % 20000), (array['open', 'active', 'closed'])[1 + i % 3],
                       'account' || i || ' desk' || i || '@bulk.example', 1, now() - make_interval(mins => i), now()
                from generate_series(1, 20000) as i""");
        sql.execute("""
                insert into account_types (account_id, type_id)
                select a.id, t.id
                from accounts a
                join lookup_items t on t.list = 'account_types'
                 and abs(hashtext(a.id::text || t.name)) % 4 = 0""");
        sql.execute("vacuum analyze");
    }

    static List<AccountListQuery> everyList() {
        List<AccountListQuery> lists = new ArrayList<>();
        for (AccountSortField field : AccountSortField.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                Sort<AccountSortField> sort = new Sort<>(field, descending);
                String key = field == AccountSortField.NAME ? "Account 5000" : "2025-01-01T00:00:00Z";
                for (Cursor cursor : new Cursor[] {null, new Cursor(sort.token(), key, UUID.randomUUID())}) {
                    for (PartyStatus status : new PartyStatus[] {null, PartyStatus.ACTIVE}) {
                        for (LookupItemId type : new LookupItemId[] {null, PET_SERVICES}) {
                            for (String q : new String[] {null, "account123", "desk12 ac"}) {
                                lists.add(new AccountListQuery(status, type, q, sort, new PageRequest(50, cursor, false)));
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
    void theListIsReadFromAnIndexInItsOrder(AccountListQuery list) {
        ListPlans.assertReadFromAnIndexInOrder(sql, statements, "accounts", list.q() != null,
                () -> new JooqAccountRepository(sql).list(list));
    }
}

package com.humanscrm.adapters.persistence.pet;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.adapters.persistence.ListPlans;
import com.humanscrm.adapters.persistence.StatementLog;
import com.humanscrm.application.pet.PetListQuery;
import com.humanscrm.application.pet.PetSortField;
import com.humanscrm.application.shared.Cursor;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.shared.Sort;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.pet.Breed;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sort of the pets list, in both directions, alone and with each filter, on its first page and
 * deeper, is answered from an index, as {@code HumanListPlansTest} proves for humans; so are a human's pets
 * in its detail.
 */
class PetListPlansTest {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    private static final StatementLog statements = new StatementLog();
    private static DSLContext sql;
    private static HumanId human;

    @BeforeAll
    static void seed() {
        sql = statements.dsl(database.settings());
        // Enough rows, spread like real ones, for the planner to weigh an index against a full read.
        sql.execute("""
                insert into humans (id, first_name, last_name, status, search_text, version, created_at, updated_at)
                select gen_random_uuid(), 'First' || i, 'Last' || i, 'open', 'first' || i, 1, now(), now()
                from generate_series(1, 10000) as i""");
        sql.execute("""
                with h as (select array_agg(id) as ids from humans),
                     b as (select array['Beagle', 'Boxer', 'Poodle', 'Pug', 'Akita', 'Whippet', 'Maltese', 'Other'] as names)
                insert into pets (id, human_id, name, breed, is_active, search_text, version, created_at, updated_at)
                select gen_random_uuid(), h.ids[1 + i % 10000], 'Pet' || i, case when i % 5 <> 0 then b.names[1 + i % 8] end,
                       i % 10 <> 0, 'pet' || i, 1, now() - make_interval(mins => i), now()
                from h, b, generate_series(1, 30000) as i""");
        human = new HumanId(sql.fetchOne("select human_id from pets limit 1").get(0, UUID.class));
        sql.execute("vacuum analyze");
    }

    static List<PetListQuery> everyList() {
        List<PetListQuery> lists = new ArrayList<>();
        for (PetSortField field : PetSortField.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                Sort<PetSortField> sort = new Sort<>(field, descending);
                String key = field == PetSortField.NAME ? "Pet5" : "2026-01-01T00:00:00Z";
                for (Cursor cursor : new Cursor[] {null, new Cursor(sort.token(), key, UUID.randomUUID())}) {
                    for (HumanId humanId : new HumanId[] {null, human}) {
                        for (Breed breed : new Breed[] {null, Breed.BEAGLE}) {
                            for (Boolean active : new Boolean[] {null, false}) {
                                for (String q : new String[] {null, "pet12"}) {
                                    lists.add(new PetListQuery(humanId, breed, active, q, sort, new PageRequest(50, cursor, false)));
                                }
                            }
                        }
                    }
                }
            }
        }
        return lists;
    }

    /**
     * With no filter, or one of breed and activity, the page is read in order from an index. A human's few pets,
     * what a search matches, or what both a breed and an activity narrow the list to, PostgreSQL may rightly sort.
     */
    @ParameterizedTest
    @MethodSource("everyList")
    void theListIsReadFromAnIndex(PetListQuery list) {
        boolean narrowed = list.q() != null || list.humanId() != null || list.breed() != null && list.active() != null;
        ListPlans.assertReadFromAnIndexInOrder(sql, statements, "pets", narrowed, () -> new JooqPetRepository(sql).list(list));
    }
}

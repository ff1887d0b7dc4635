package com.humanscrm.adapters.persistence.human;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.adapters.persistence.StatementLog;
import com.humanscrm.application.human.HumanListQuery;
import com.humanscrm.application.human.HumanSummary;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.MutableClock;
import com.humanscrm.application.testing.HumanDrafts;
import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanType;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The humans list's text search is answered by the trigram index, not by reading every row. */
class HumanSearchIndexTest {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    @Test
    void aSearchAmongManyHumansUsesTheTrigramIndex() {
        StatementLog statements = new StatementLog();
        DSLContext sql = statements.dsl(database.settings());
        sql.execute("""
                insert into humans (id, first_name, last_name, status, search_text, version, created_at, updated_at)
                select gen_random_uuid(), 'First' || i, 'Last' || i, 'open',
                       'first' || i || ' last' || i || ' person' || i || '@bulk.example', 1, now(), now()
                from generate_series(1, 20000) as i""");
        // As autovacuum would: moves the bulk insert out of the index's pending list and gathers statistics.
        sql.execute("vacuum analyze humans");
        JooqHumanRepository humans = new JooqHumanRepository(sql);
        humans.add(Human.create(HumanDrafts.draft("Zebediah", null, "Quill", null, Set.of(HumanType.CLIENT),
                List.of(HumanDrafts.email("zeb@quill.example", null, true)), List.of()),
                MutableClock.startingAt("2025-01-01T00:00:00Z")));
        statements.clear();

        List<HumanSummary> found = humans.list(new HumanListQuery(null, null, "zebedi", null, PageRequest.first(20))).items();

        assertThat(found).extracting(HumanSummary::lastName).containsExactly("Quill");
        String plan = String.join("\n", sql.fetch("explain " + sql.renderInlined(statements.queries().getFirst()))
                .getValues(0, String.class));
        assertThat(plan).contains("humans_search_idx").doesNotContain("Seq Scan on humans");
    }
}

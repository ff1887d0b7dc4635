package com.humanscrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The check every list's plan test makes of its one query: PostgreSQL reads the list's table from an
 * index, never whole, and in the list's order, so that it does not sort the rows, unless a text search
 * (whose matches come from the trigram index in no particular order) asks for it.
 */
public final class ListPlans {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ListPlans() {
    }

    /** Runs {@code list} and checks the plan of the one query it made of {@code table}. */
    public static void assertReadFromAnIndexInOrder(DSLContext sql, StatementLog statements, String table, boolean searched,
                                                    Runnable list) {
        statements.clear();
        list.run();

        assertThat(statements.queries()).hasSize(1);
        String query = sql.renderInlined(statements.queries().getFirst());
        JsonNode plan = JSON.readTree(sql.fetchOne("explain (format json) " + query).get(0, String.class)).get(0).get("Plan");
        String text = String.join("\n", sql.fetch("explain " + query).getValues(0, String.class));
        assertThat(nodes(plan, true)).as(text)
                .noneMatch(node -> node.path("Node Type").asString().equals("Seq Scan")
                        && node.path("Relation Name").asString().equals(table));
        if (!searched) {
            // A record's own children come in their order from small sorts in the sub-plans; the list itself may not sort.
            assertThat(nodes(plan, false)).as(text).noneMatch(node -> node.path("Node Type").asString().endsWith("Sort"));
        }
    }

    /** The plan's nodes; with {@code subPlans} false, only those producing the list's rows. */
    private static List<JsonNode> nodes(JsonNode node, boolean subPlans) {
        List<JsonNode> nodes = new ArrayList<>(List.of(node));
        for (JsonNode child : node.path("Plans")) {
            if (subPlans || !child.path("Parent Relationship").asString().equals("SubPlan")) {
                nodes.addAll(nodes(child, subPlans));
            }
        }
        return nodes;
    }
}

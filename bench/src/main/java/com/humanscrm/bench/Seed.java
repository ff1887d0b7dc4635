package com.humanscrm.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the humans, accounts and activities set-based, in a few statements. The secondary indexes are dropped first and
 * built again afterwards, from their own definitions: building an index once is far cheaper than
 * keeping it up to date through a million inserts.
 */
final class Seed {

    private static final String TABLES = "'humans', 'human_types', 'human_emails', 'human_phones', 'accounts',"
            + " 'account_emails', 'account_humans', 'activities'";

    private Seed() {
    }

    static void load(Connection connection, int humans) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            List<String> indexes = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select indexname, indexdef from pg_indexes"
                    + " where schemaname = 'public' and tablename in (" + TABLES + ")"
                    + " and indexname not in (select conname from pg_constraint)")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                    indexes.add(rows.getString(2));
                }
            }
            for (String name : names) {
                statement.execute("drop index " + name);
            }
            statement.execute("set maintenance_work_mem = '512MB'");
            for (String sql : statements(humans)) {
                statement.execute(sql);
            }
            for (String index : indexes) {
                statement.execute(index);
            }
            statement.execute("vacuum analyze");
            // Written out now rather than by a checkpoint in the middle of the first measurement.
            statement.execute("checkpoint");
        }
    }

    private static List<String> statements(int humans) throws IOException {
        String script;
        try (InputStream in = Seed.class.getResourceAsStream("/bench/seed.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.startsWith("--") || line.isBlank()) {
                continue;
            }
            current.append(line).append('\n');
            if (line.endsWith(";")) {
                statements.add(current.toString().replace(":humans", Integer.toString(humans)));
                current.setLength(0);
            }
        }
        return statements;
    }
}

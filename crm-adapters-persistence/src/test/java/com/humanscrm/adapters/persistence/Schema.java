package com.humanscrm.adapters.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of a live database's current schema, Flyway's own left out, as PostgreSQL's catalog
 * describes them: tables by name, columns in their order, constraints by name.
 */
record Schema(List<Table> tables, List<ForeignKey> foreignKeys) {

    record Table(String name, List<Column> columns, List<String> primaryKey, List<List<String>> uniqueKeys) {

        List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }

        boolean isKey(List<String> columns) {
            return primaryKey.equals(columns) || uniqueKeys.contains(columns);
        }
    }

    /** @param type as {@code format_type} spells it: {@code integer}, {@code timestamp with time zone}, {@code text[]} */
    record Column(String name, String type, boolean notNull) {
    }

    record ForeignKey(String table, List<String> columns, String referencedTable) {
    }

    private static final String COLUMNS = """
            select c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull
            from pg_class c
            join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
            where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r'
              and c.relname <> 'flyway_schema_history'
            order by c.relname, a.attnum
            """;
    private static final String CONSTRAINTS = """
            select c.relname, k.contype, referenced.relname,
                   array(select a.attname
                         from unnest(k.conkey) with ordinality as key (attnum, position)
                         join pg_attribute a on a.attrelid = k.conrelid and a.attnum = key.attnum
                         order by key.position)
            from pg_constraint k
            join pg_class c on c.oid = k.conrelid
            left join pg_class referenced on referenced.oid = k.confrelid
            where k.connamespace = current_schema()::regnamespace and k.contype in ('p', 'u', 'f')
              and c.relname <> 'flyway_schema_history'
            order by c.relname, k.conname
            """;

    static Schema of(Connection connection) throws SQLException {
        Map<String, List<Column>> columns = new LinkedHashMap<>();
        Map<String, List<String>> primaryKeys = new LinkedHashMap<>();
        Map<String, List<List<String>>> uniqueKeys = new LinkedHashMap<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(COLUMNS)) {
                while (rows.next()) {
                    columns.computeIfAbsent(rows.getString(1), table -> new ArrayList<>())
                            .add(new Column(rows.getString(2), rows.getString(3), rows.getBoolean(4)));
                }
            }
            try (ResultSet rows = statement.executeQuery(CONSTRAINTS)) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    List<String> keyColumns = List.of((String[]) rows.getArray(4).getArray());
                    switch (rows.getString(2)) {
                        case "p" -> primaryKeys.put(table, keyColumns);
                        case "u" -> uniqueKeys.computeIfAbsent(table, name -> new ArrayList<>()).add(keyColumns);
                        default -> foreignKeys.add(new ForeignKey(table, keyColumns, rows.getString(3)));
                    }
                }
            }
        }
        List<Table> tables = columns.entrySet().stream()
                .map(table -> new Table(table.getKey(), table.getValue(),
                        primaryKeys.getOrDefault(table.getKey(), List.of()),
                        uniqueKeys.getOrDefault(table.getKey(), List.of())))
                .toList();
        return new Schema(tables, foreignKeys);
    }
}

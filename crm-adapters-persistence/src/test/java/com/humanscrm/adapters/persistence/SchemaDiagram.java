package com.humanscrm.adapters.persistence;

import com.humanscrm.adapters.persistence.Schema.Column;
import com.humanscrm.adapters.persistence.Schema.ForeignKey;
import com.humanscrm.adapters.persistence.Schema.Table;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A schema as a Markdown page holding a Mermaid {@code erDiagram}: every table with its columns'
 * types and keys, and a relation for each foreign key, from the referenced table (one row, or none
 * when the key's columns may be null) to the referencing one (any number of rows, or at most one when
 * the key's columns are also a key of their table).
 */
final class SchemaDiagram {

    /** PostgreSQL's own short names for the types {@code format_type} spells in words: Mermaid takes no spaces. */
    private static final Map<String, String> SHORT_NAMES = Map.of(
            "timestamp with time zone", "timestamptz",
            "timestamp without time zone", "timestamp",
            "time with time zone", "timetz",
            "time without time zone", "time",
            "character varying", "varchar",
            "double precision", "float8",
            "bit varying", "varbit");
    /** A decimal's precision and scale: Mermaid takes no comma in a type, and the migration says them. */
    private static final Pattern DECIMAL_SIZE = Pattern.compile("^numeric\\(\\d+,\\d+\\)$");
    /** What Mermaid's documentation allows as an attribute's type. */
    private static final Pattern MERMAID_TYPE = Pattern.compile("[A-Za-z][\\w\\-\\[\\]()]*");

    private SchemaDiagram() {
    }

    /** The page, telling its reader that it is generated and how: {@code regenerate}. */
    static String markdown(Schema schema, String regenerate) {
        StringBuilder page = new StringBuilder("""
                # The database schema

                Generated from the migrated schema by `SchemaDiagramTest`; do not edit it: after adding a \
                migration, regenerate it with `%s`.

                ```mermaid
                erDiagram
                """.formatted(regenerate));
        schema.tables().forEach(table -> page.append(entity(table, schema.foreignKeys())));
        Map<String, Table> tables = schema.tables().stream().collect(Collectors.toMap(Table::name, Function.identity()));
        schema.foreignKeys().stream()
                .sorted(Comparator.comparing(ForeignKey::referencedTable).thenComparing(ForeignKey::table)
                        .thenComparing(foreignKey -> String.join(", ", foreignKey.columns())))
                .forEach(foreignKey -> page.append(relation(foreignKey, tables.get(foreignKey.table()))));
        return page.append("```\n").toString();
    }

    private static String entity(Table table, List<ForeignKey> foreignKeys) {
        Set<String> referencing = foreignKeys.stream()
                .filter(foreignKey -> foreignKey.table().equals(table.name()))
                .flatMap(foreignKey -> foreignKey.columns().stream())
                .collect(Collectors.toSet());
        StringBuilder entity = new StringBuilder("    " + table.name() + " {\n");
        for (Column column : table.columns()) {
            String keys = Stream.of(
                            table.primaryKey().contains(column.name()) ? "PK" : null,
                            referencing.contains(column.name()) ? "FK" : null,
                            table.uniqueKeys().stream().anyMatch(key -> key.contains(column.name())) ? "UK" : null)
                    .filter(Objects::nonNull)
                    .collect(Collectors.joining(", "));
            // UK alone would not tell one key of two columns from two keys of one column each.
            String together = table.uniqueKeys().stream()
                    .filter(key -> key.size() > 1 && key.contains(column.name()))
                    .map(key -> "unique (" + String.join(", ", key) + ")")
                    .collect(Collectors.joining("; "));
            entity.append("        ").append(mermaidType(column.type())).append(' ').append(column.name())
                    .append(keys.isEmpty() ? "" : " " + keys)
                    .append(together.isEmpty() ? "" : " \"" + together + "\"")
                    .append('\n');
        }
        return entity.append("    }\n").toString();
    }

    private static String relation(ForeignKey foreignKey, Table table) {
        boolean required = table.columns().stream()
                .filter(column -> foreignKey.columns().contains(column.name()))
                .allMatch(Column::notNull);
        return "    " + foreignKey.referencedTable() + " " + (required ? "||" : "|o") + "--"
                + (table.isKey(foreignKey.columns()) ? "o|" : "o{")
                + " " + foreignKey.table() + " : \"" + String.join(", ", foreignKey.columns()) + "\"\n";
    }

    static String mermaidType(String sqlType) {
        String type = sqlType;
        for (Map.Entry<String, String> shortName : SHORT_NAMES.entrySet()) {
            type = type.replace(shortName.getKey(), shortName.getValue());
        }
        type = DECIMAL_SIZE.matcher(type).replaceAll("numeric");
        if (!MERMAID_TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("Mermaid cannot draw the type " + sqlType
                    + ": give it a short name in SchemaDiagram.SHORT_NAMES");
        }
        return type;
    }
}

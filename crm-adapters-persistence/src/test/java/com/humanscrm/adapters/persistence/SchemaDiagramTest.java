package com.humanscrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.humanscrm.adapters.persistence.Schema.Column;
import com.humanscrm.adapters.persistence.Schema.ForeignKey;
import com.humanscrm.adapters.persistence.Schema.Table;
import com.humanscrm.adapters.persistence.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/database.md draws the schema the migrations make. With {@code -Dcrm.schema.write=true} the
 * test writes the page instead of comparing it.
 */
class SchemaDiagramTest {

    static final String REGENERATE = "./mvnw -B -pl crm-adapters-persistence -am verify -Dtest=SchemaDiagramTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dcrm.schema.write=true";
    /** Surefire runs the tests in the module's folder. */
    private static final Path PAGE = Path.of("..", "docs", "database.md");

    @Test
    void theDatabasePageDrawsTheSchemaTheMigrationsMake() throws Exception {
        DatabaseSettings settings = TestDatabase.freshDatabase();
        String drawn;
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
            drawn = SchemaDiagram.markdown(Schema.of(connection), REGENERATE);
        }
        if (Boolean.getBoolean("crm.schema.write")) {
            Files.writeString(PAGE, drawn);
        }

        assertThat(PAGE).as("docs/database.md is missing; generate it with: %s", REGENERATE).exists();
        assertThat(Files.readString(PAGE))
                .as("docs/database.md is not the schema the migrations make; regenerate it with: %s", REGENERATE)
                .isEqualTo(drawn);
    }

    @Test
    void aForeignKeyThatMayBeNullReferencesNoneOrOneRow() {
        Schema schema = new Schema(List.of(
                table("colleagues", List.of(new Column("id", "uuid", true))),
                table("documents", List.of(new Column("id", "uuid", true), new Column("uploaded_by", "uuid", false)))),
                List.of(new ForeignKey("documents", List.of("uploaded_by"), "colleagues")));

        assertThat(SchemaDiagram.markdown(schema, "regenerate"))
                .contains("        uuid uploaded_by FK\n")
                .contains("    colleagues |o--o{ documents : \"uploaded_by\"\n");
    }

    @Test
    void aForeignKeyThatIsAlsoAKeyOfItsTableIsOneToOne() {
        Schema schema = new Schema(List.of(
                table("humans", List.of(new Column("id", "uuid", true))),
                table("human_profiles", List.of(new Column("id", "uuid", true)))),
                List.of(new ForeignKey("human_profiles", List.of("id"), "humans")));

        assertThat(SchemaDiagram.markdown(schema, "regenerate"))
                .contains("        uuid id PK, FK\n")
                .contains("    humans ||--o| human_profiles : \"id\"\n");
    }

    @Test
    void theColumnsOfAUniqueKeyTogetherSayWhichKeyTheyShare() {
        Schema schema = new Schema(List.of(new Table("lookup_items",
                List.of(new Column("id", "uuid", true), new Column("list", "text", true), new Column("name", "citext", true)),
                List.of("id"), List.of(List.of("list", "name")))), List.of());

        assertThat(SchemaDiagram.markdown(schema, "regenerate"))
                .contains("        text list UK \"unique (list, name)\"\n")
                .contains("        citext name UK \"unique (list, name)\"\n");
    }

    @Test
    void typesSpelledInWordsAreDrawnByTheirShortNames() {
        assertThat(SchemaDiagram.mermaidType("timestamp with time zone[]")).isEqualTo("timestamptz[]");
        assertThat(SchemaDiagram.mermaidType("character varying(100)")).isEqualTo("varchar(100)");
        assertThat(SchemaDiagram.mermaidType("text[]")).isEqualTo("text[]");
    }

    @Test
    void aTypeMermaidCannotDrawIsRefusedByName() {
        assertThatThrownBy(() -> SchemaDiagram.mermaidType("interval year to month"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("interval year to month");
    }

    private static Table table(String name, List<Column> columns) {
        return new Table(name, columns, List.of(columns.getFirst().name()), List.of());
    }
}

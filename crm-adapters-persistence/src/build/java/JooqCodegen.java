import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

/**
 * Generates the jOOQ classes from the Flyway migrations, applied to a real (embedded) PostgreSQL,
 * so the generated code always matches what the migrations build. Run by the build in
 * generate-sources; skipped when neither the migrations nor this program changed.
 *
 * <p>Arguments: migrations directory, output directory, package, stamp file, this source file.
 */
public class JooqCodegen {

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path output = Path.of(args[1]);
        String packageName = args[2];
        Path stampFile = Path.of(args[3]);

        String stamp = fingerprint(migrations, Path.of(args[4]));
        if (Files.isDirectory(output) && Files.exists(stampFile) && Files.readString(stampFile).equals(stamp)) {
            System.out.println("jOOQ classes are up to date with the migrations");
            return;
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("filesystem:" + migrations.toAbsolutePath())
                    .load()
                    .migrate();
            GenerationTool.generate(configuration(postgres.getJdbcUrl("postgres", "postgres"), output, packageName));
        }
        Files.createDirectories(stampFile.getParent());
        Files.writeString(stampFile, stamp);
    }

    private static Configuration configuration(String jdbcUrl, Path output, String packageName) {
        return new Configuration()
                .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(jdbcUrl).withUser("postgres"))
                .withGenerator(new Generator()
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema("public")
                                .withExcludes("flyway_schema_history")
                                .withIncludeRoutines(false)
                                .withTableValuedFunctionsAsRoutines(false)
                                .withTableValuedFunctionsAsTables(false)
                                .withIncludeUDTs(false)
                                .withForcedTypes(
                                        new ForcedType().withName("VARCHAR").withIncludeTypes("citext"),
                                        // The domain speaks Instant; reading timestamptz as one saves a
                                        // conversion at every column of every mapper.
                                        new ForcedType().withName("INSTANT").withIncludeTypes("timestamp\\ with\\ time\\ zone")))
                        .withGenerate(new Generate()
                                .withJavaTimeTypes(true)
                                .withRecords(true)
                                .withPojos(false)
                                .withDaos(false)
                                .withGlobalRoutineReferences(false)
                                .withGlobalUDTReferences(false))
                        .withTarget(new Target()
                                .withPackageName(packageName)
                                .withDirectory(output.toString())
                                .withClean(true)));
    }

    /** A hash of every migration and of this program, so a change to either regenerates. */
    private static String fingerprint(Path migrations, Path generator) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(migrations)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.update(migrations.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(file));
        }
        digest.update(Files.readAllBytes(generator));
        return HexFormat.of().formatHex(digest.digest());
    }
}

package com.humanscrm.adapters.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The versioned migrations in a folder, named as Flyway wants them ({@code V<version>__<description>.sql}),
 * and the folder's list of those released: {@value #RELEASED}, one {@code <SHA-256>  <filename>} line
 * per migration, as {@code sha256sum} writes them.
 */
final class MigrationFiles {

    /** The migrations of the source tree; surefire runs the tests in the module's folder. */
    static final Path SOURCES = Path.of("src", "main", "resources", "db", "migration");
    static final String RELEASED = "RELEASED";
    static final String NEVER_CHANGE = "a released migration must never change: add a new V<n>__ migration instead";

    private static final Pattern VERSIONED = Pattern.compile("V(.+?)__.+\\.sql");
    private static final Pattern RELEASED_LINE = Pattern.compile("([0-9a-f]{64}) [ *](.+)");

    private final Path folder;
    private final List<Migration> migrations;

    record Migration(MigrationVersion version, String filename) {
    }

    private MigrationFiles(Path folder, List<Migration> migrations) {
        this.folder = folder;
        this.migrations = migrations;
    }

    static MigrationFiles in(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Migration> migrations = files.map(file -> file.getFileName().toString())
                    .map(VERSIONED::matcher)
                    .filter(Matcher::matches)
                    .map(name -> new Migration(MigrationVersion.fromVersion(name.group(1)), name.group()))
                    .sorted(Comparator.comparing(Migration::version))
                    .toList();
            return new MigrationFiles(folder, migrations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Oldest first, as Flyway applies them. */
    List<Migration> all() {
        return migrations;
    }

    /** Oldest first, up to {@code last} and with it. */
    List<Migration> upTo(Migration last) {
        return migrations.stream().takeWhile(migration -> !migration.version().isNewerThan(last.version())).toList();
    }

    Migration latest() {
        return migrations.getLast();
    }

    /**
     * The schema of the release before the latest migration: the second-highest version. Derived,
     * not named, so that it moves on by itself when a migration is added.
     */
    Migration previous() {
        if (migrations.size() < 2) {
            throw new IllegalStateException("No previous version: " + folder + " holds " + migrations);
        }
        return migrations.get(migrations.size() - 2);
    }

    /** One sentence for each released migration whose file changed or is gone. */
    List<String> releasedButChanged() {
        List<String> changes = new ArrayList<>();
        released().forEach((filename, sha256) -> {
            Path file = folder.resolve(filename);
            if (!Files.exists(file)) {
                changes.add(filename + " is listed in " + RELEASED + " but is gone: " + NEVER_CHANGE);
            } else {
                String now = sha256(file);
                if (!now.equals(sha256)) {
                    changes.add(filename + " changed since its release (" + RELEASED + " says SHA-256 " + sha256
                            + ", it is " + now + "): " + NEVER_CHANGE);
                }
            }
        });
        return changes;
    }

    /** Migrations written since the last release, which may still change until they are released. */
    List<Migration> unreleased() {
        Map<String, String> released = released();
        return migrations.stream().filter(migration -> !released.containsKey(migration.filename())).toList();
    }

    private Map<String, String> released() {
        Map<String, String> sha256ByFilename = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(folder.resolve(RELEASED))) {
                Matcher entry = RELEASED_LINE.matcher(line);
                if (!entry.matches()) {
                    throw new IllegalStateException(RELEASED + " holds a line sha256sum would not write: " + line);
                }
                sha256ByFilename.put(entry.group(2), entry.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha256ByFilename;
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}

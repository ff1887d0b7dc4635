package com.humanscrm.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * The default database: a PostgreSQL whose data lives under the data directory and survives restarts.
 * The first process that needs it starts it; the others (the command line while the server runs)
 * find it through PostgreSQL's own {@code postmaster.pid} and connect to it, so all of them see
 * the same data. Only the process that started it stops it.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final int PORT_LINE = 3;

    private final EmbeddedPostgres started;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres started, int port) {
        this.started = started;
        this.port = port;
    }

    static EmbeddedDatabase attachOrStart(Path dataDirectory) {
        Path data = dataDirectory.resolve("postgres");
        OptionalInt running = runningPort(data);
        if (running.isPresent()) {
            return new EmbeddedDatabase(null, running.getAsInt());
        }
        try {
            Files.createDirectories(data);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    // zonky tunes for throw-away test databases; this one holds real data, so it must survive a crash.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // zonky's own hook would stop PostgreSQL while the server's hook still writes (last-used
                    // times, requests finishing): shutdown hooks run at once. The server closes it last instead.
                    .setRegisterShutdownHook(false)
                    .start();
            return new EmbeddedDatabase(postgres, postgres.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + data, e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** The port of a PostgreSQL already serving this data directory, if one is alive and answering. */
    private static OptionalInt runningPort(Path data) {
        Path pidFile = data.resolve("postmaster.pid");
        try {
            List<String> lines = Files.isRegularFile(pidFile) ? Files.readAllLines(pidFile) : List.of();
            if (lines.size() <= PORT_LINE) {
                return OptionalInt.empty();
            }
            long pid = Long.parseLong(lines.getFirst().strip());
            int port = Integer.parseInt(lines.get(PORT_LINE).strip());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive && answers(port) ? OptionalInt.of(port) : OptionalInt.empty();
        } catch (IOException | NumberFormatException e) {
            // An unreadable or half-written pid file: PostgreSQL itself decides at start-up whether it is stale.
            return OptionalInt.empty();
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (started != null) {
            try {
                started.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

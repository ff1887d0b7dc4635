package com.humanscrm.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own benchmark on the same server, in its own database: {@code pgbench -N} (one
 * account update, one select, one history insert per transaction) is the ceiling a write through
 * the CRM is compared with.
 */
final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([\\d.]+) \\(without initial connection time\\)");
    private static final Pattern RETRIED = Pattern.compile("number of transactions retried: (\\d+)");

    private Pgbench() {
    }

    static void initialise(BenchDatabase database) throws IOException, InterruptedException {
        run(database, List.of("-i", "-q", "-s", "10"));
    }

    /** What {@code pgbench -f} measured of one way of taking seats: transactions per second, and how many were retried. */
    record Capacity(double tps, long retried) {
    }

    /**
     * PostgreSQL alone taking seats by one of decision 23's mechanisms ({@code script}, under
     * {@code src/main/resources/bench/}) on {@code flights} flights with seats for all, {@code clients} at once: the
     * cost of the mechanism itself, without the CRM in the way. The tables are made anew each time.
     */
    static Capacity capacity(BenchDatabase database, Path work, String script, int flights, int clients, Duration duration)
            throws IOException, InterruptedException, SQLException {
        try (Connection connection = database.connect("pgbench"); Statement statement = connection.createStatement()) {
            statement.execute("""
                    drop table if exists capacity_bookings, capacity_flights;
                    create table capacity_flights (id integer primary key, max_pets integer not null,
                                                   active integer not null default 0 check (active between 0 and max_pets));
                    create table capacity_bookings (id bigserial primary key, flight integer not null references capacity_flights,
                                                    pet bigint not null);
                    create index on capacity_bookings (flight);""");
            statement.execute("insert into capacity_flights (id, max_pets) select n, 1000000000 from generate_series(1, "
                    + flights + ") as n");
        }
        Path file = work.resolve(script);
        try (InputStream in = Pgbench.class.getResourceAsStream("/bench/" + script)) {
            Files.write(file, in.readAllBytes());
        }
        String output = run(database, List.of("-f", file.toString(), "-D", "flights=" + flights, "-n", "--max-tries=1000",
                "-c", Integer.toString(clients), "-j", "2", "-T", Long.toString(duration.toSeconds())));
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no tps:\n" + output);
        }
        Matcher retried = RETRIED.matcher(output);
        return new Capacity(Double.parseDouble(tps.group(1)), retried.find() ? Long.parseLong(retried.group(1)) : 0);
    }

    static double transactionsPerSecond(BenchDatabase database, int clients, Duration duration) throws IOException, InterruptedException {
        String output = run(database, List.of("-N", "-c", Integer.toString(clients), "-j", "2",
                "-T", Long.toString(duration.toSeconds())));
        Matcher matcher = TPS.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("pgbench printed no tps:\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static String run(BenchDatabase database, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("pgbench", "-h", "localhost", "-p", Integer.toString(database.port()),
                "-U", BenchDatabase.USER));
        command.addAll(arguments);
        command.add("pgbench");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("The write row compares with pgbench: install it first"
                    + " (Debian and Ubuntu: apt-get install postgresql-client)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench " + String.join(" ", arguments) + " failed:\n" + output);
        }
        return output;
    }
}

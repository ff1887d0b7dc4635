package com.humanscrm.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./crm bench}: its own PostgreSQL with N humans, the CRM and the raw-JDBC baseline side by
 * side on it, each scenario driven by wrk, and a table of ratios to the baseline of the same run
 * (absolute numbers on a shared machine vary by ±20 % from run to run; ratios are what count).
 */
public final class Bench {

    private static final Path WORK = Path.of("bench", "target", "run");

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Wrk.requireInstalled();
        Files.createDirectories(WORK);
        List<Row> rows = new ArrayList<>();
        // First, on a database of its own: the first of these starts records the CRM's ahead-of-time cache,
        // which the CRM under load then uses like any later start.
        Row startUp = StartUp.measure(WORK);
        try (BenchDatabase database = BenchDatabase.start(WORK.resolve("postgres"))) {
            database.createDatabase("crm");
            database.createDatabase("pgbench");
            Servers servers = Servers.start(database, options, WORK);
            try (servers) {
                Instant loading = Instant.now();
                try (Connection connection = database.connect("crm")) {
                    Seed.load(connection, options.humans());
                    Samples.write(connection, WORK);
                }
                Pgbench.initialise(database);
                System.out.printf("bench: %,d humans loaded in %d s%n", options.humans(),
                        Duration.between(loading, Instant.now()).toSeconds());
                rows.addAll(new Scenarios(servers, database, options, WORK).run());
            }
        }
        rows.add(startUp);
        Report report = new Report(options, rows);
        Path result = report.write(WORK.getParent().resolve("results"));
        System.out.println(report.table());
        System.out.println("bench: result written to " + result);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** {@code --humans N --seconds S --warmup S --profile}. */
    record Options(int humans, Duration measure, Duration warmup, boolean profile) {

        private static final String USAGE = "usage: ./crm bench [--humans N] [--seconds S] [--warmup S] [--profile]";

        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>(Map.of("humans", "1000000", "seconds", "30", "warmup", "15"));
            boolean profile = false;
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                if (flag.equals("--profile")) {
                    profile = true;
                } else if (flag.startsWith("--") && values.containsKey(flag.substring(2)) && i + 1 < args.length) {
                    values.put(flag.substring(2), args[++i]);
                } else {
                    throw new IllegalArgumentException(USAGE + "; not '" + flag + "'");
                }
            }
            return new Options(Integer.parseInt(values.get("humans")),
                    Duration.ofSeconds(Long.parseLong(values.get("seconds"))),
                    Duration.ofSeconds(Long.parseLong(values.get("warmup"))), profile);
        }
    }
}

package com.humanscrm.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    private Pgbench() {
    }

    static void initialise(BenchDatabase database) throws IOException, InterruptedException {
        run(database, List.of("-i", "-q", "-s", "10"));
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

package com.humanscrm.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wrk, the load generator: written in C with an event loop, it costs the shared two cores far less
 * than a JVM client would, and the numbers the performance issue started from were measured with it.
 * Each scenario's script ends by printing one {@code RESULT {...}} line, read here.
 */
final class Wrk {

    private static final Pattern RESULT = Pattern.compile("RESULT \\{\"requests\":(\\d+),\"durationMicros\":(\\d+),"
            + "\"socketErrors\":(\\d+),\"non2xx\":(\\d+),\"p50\":(\\d+),\"p95\":(\\d+),\"p99\":(\\d+),\"max\":(\\d+)}");

    /** One load: {@code threads} threads holding {@code connections} connections for {@code duration}. */
    record Load(String baseUrl, String script, List<String> scriptArgs, Optional<String> apiKey,
                int threads, int connections, Duration duration) {
    }

    private Wrk() {
    }

    static void requireInstalled() throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("The benchmark drives the servers with wrk: install it first"
                    + " (Debian and Ubuntu: apt-get install wrk)", e);
        }
        process.getInputStream().readAllBytes();
        process.waitFor();
    }

    static Measurement run(Load load) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "--latency",
                "-t", Integer.toString(load.threads()), "-c", Integer.toString(load.connections()),
                "-d", load.duration().toSeconds() + "s", "--timeout", "10s", "-s", load.script()));
        load.apiKey().ifPresent(key -> command.addAll(List.of("-H", "Authorization: Bearer " + key)));
        command.add(load.baseUrl());
        if (!load.scriptArgs().isEmpty()) {
            command.add("--");
            command.addAll(load.scriptArgs());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        Matcher matcher = RESULT.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("wrk printed no result:\n" + output);
        }
        long requests = Long.parseLong(matcher.group(1));
        double seconds = Long.parseLong(matcher.group(2)) / 1e6;
        return new Measurement(requests, requests / seconds, Long.parseLong(matcher.group(3)) + Long.parseLong(matcher.group(4)),
                millis(matcher.group(5)), millis(matcher.group(6)), millis(matcher.group(7)), millis(matcher.group(8)));
    }

    private static double millis(String micros) {
        return Long.parseLong(micros) / 1000.0;
    }
}

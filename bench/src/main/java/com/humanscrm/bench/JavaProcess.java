package com.humanscrm.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A server the benchmark started: its output goes to a log file, its memory is read from /proc. */
final class JavaProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final String name;
    private final Process process;
    private final Path log;

    private JavaProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static JavaProcess start(String name, List<String> command, Map<String, String> environment, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new JavaProcess(name, builder.start(), log);
    }

    /** Waits until {@code readyUrl} answers 200, and says how long that took since the process started. */
    Duration awaitReady(URI readyUrl) throws IOException, InterruptedException {
        long started = process.info().startInstant().map(instant -> instant.toEpochMilli()).orElse(System.currentTimeMillis());
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped before it was ready; see " + log);
            }
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(readyUrl).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return Duration.ofMillis(System.currentTimeMillis() - started);
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException(name + " was not ready within " + START_TIMEOUT + "; see " + log);
    }

    /** The most memory the process has held so far (VmHWM, the peak resident set), in MiB. */
    long peakRssMib() throws IOException {
        return statusKibibytes("VmHWM") / 1024;
    }

    long rssMib() throws IOException {
        return statusKibibytes("VmRSS") / 1024;
    }

    private long statusKibibytes(String field) throws IOException {
        Matcher matcher = Pattern.compile("(?m)^" + field + ":\\s+(\\d+) kB").matcher(Files.readString(Path.of("/proc", Long.toString(process.pid()), "status")));
        if (!matcher.find()) {
            throw new IllegalStateException("no " + field + " for " + name);
        }
        return Long.parseLong(matcher.group(1));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}

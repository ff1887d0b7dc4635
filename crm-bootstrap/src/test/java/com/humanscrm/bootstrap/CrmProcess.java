package com.humanscrm.bootstrap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real {@code main} in a process of its own, as an operator runs it: so a journey covers the
 * command line, the configuration, the start-up and a clean stop on SIGTERM.
 */
final class CrmProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)");

    private final Process process;
    private final int port;

    private CrmProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code crm serve} and waits until it listens. */
    static CrmProcess serve(Map<String, String> environment) throws IOException, InterruptedException {
        return serve(environment, List.of());
    }

    /** Starts {@code crm serve} in a JVM given these options (e.g. {@code -Xmx128m}) and waits until it listens. */
    static CrmProcess serve(Map<String, String> environment, List<String> jvmOptions) throws IOException, InterruptedException {
        Process process = builder(environment, jvmOptions, List.of("serve")).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = output.readLine()) != null; ) {
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        return Integer.parseInt(matcher.group(1));
                    }
                }
                throw new IllegalStateException("crm serve ended without listening");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            return new CrmProcess(process, port.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("crm serve did not start", e);
        }
    }

    /** Runs one command to its end: exit status, and what it printed on standard output and error. */
    static Result run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        Process process = builder(environment, List.of(), List.of(args)).redirectError(ProcessBuilder.Redirect.PIPE).start();
        CompletableFuture<List<String>> errors = CompletableFuture.supplyAsync(() -> lines(process.getErrorStream()));
        List<String> output = lines(process.getInputStream());
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("crm " + String.join(" ", args) + " did not finish");
        }
        return new Result(process.exitValue(), output, errors.join());
    }

    private static List<String> lines(java.io.InputStream stream) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ProcessBuilder builder(Map<String, String> environment, List<String> jvmOptions, List<String> args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
        command.addAll(jvmOptions);
        // The coverage agent these tests run under, when they do: the child runs our main, so it counts too.
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-javaagent:") && option.contains("jacoco"))
                .forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().keySet().removeIf(name -> name.startsWith("CRM_"));
        builder.environment().putAll(environment);
        return builder;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** Stops it as an operator would (SIGTERM), waiting for the shutdown to finish. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }


    /** {@code output}: standard output, what a script pipes on; {@code errors}: standard error. */
    record Result(int status, List<String> output, List<String> errors) {
        String lastLine() {
            return output.isEmpty() ? "" : output.getLast();
        }

        /** Everything it printed, for assertion messages. */
        String printed() {
            return String.join("\n", output) + "\n" + String.join("\n", errors);
        }
    }
}

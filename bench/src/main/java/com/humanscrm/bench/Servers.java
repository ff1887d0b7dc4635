package com.humanscrm.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CRM, started exactly as a user starts it ({@code ./crm serve}) but on the benchmark's
 * database, and the baseline, started by the same JVM with the same options.
 */
final class Servers implements AutoCloseable {

    /** The baseline's pool: the CRM's default ({@code CRM_DATABASE_POOL_SIZE}). */
    static final int POOL_SIZE = 4;
    private static final String BENCH_EMAIL = "bench@example.com";

    final String crmUrl;
    final String baselineUrl;
    final String apiKey;
    final JavaProcess crm;
    private final JavaProcess baseline;

    private Servers(String crmUrl, String baselineUrl, String apiKey, JavaProcess crm, JavaProcess baseline) {
        this.crmUrl = crmUrl;
        this.baselineUrl = baselineUrl;
        this.apiKey = apiKey;
        this.crm = crm;
        this.baseline = baseline;
    }

    static Servers start(BenchDatabase database, Bench.Options options, Path work) throws IOException, InterruptedException {
        Map<String, String> environment = crmEnvironment(database, work);
        int crmPort = Bench.freePort();
        environment.put("CRM_PORT", Integer.toString(crmPort));
        String crmUrl = "http://127.0.0.1:" + crmPort;
        Map<String, String> serve = new HashMap<>(environment);
        if (options.profile()) {
            // Read by the java launcher that ./crm serve starts: a flight recording of the whole run.
            serve.put("JDK_JAVA_OPTIONS", "-XX:StartFlightRecording=settings=profile,filename=" + work.resolve("crm.jfr").toAbsolutePath());
        }
        JavaProcess crm = JavaProcess.start("the CRM", List.of("./crm", "serve"), serve, work.resolve("crm.log"));
        crm.awaitReady(URI.create(crmUrl + "/health/ready"));
        crmCommand(environment, work, "colleagues", "add", "--email", BENCH_EMAIL, "--first-name", "Bench",
                "--last-name", "Runner", "--role", "admin");
        List<String> created = crmCommand(environment, work, "api-keys", "create", "--email", BENCH_EMAIL, "--name", "bench");
        String apiKey = created.getLast().strip();

        int baselinePort = Bench.freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Baseline.class.getName(),
                Integer.toString(baselinePort), database.url("crm"), BenchDatabase.USER, Integer.toString(POOL_SIZE)));
        JavaProcess baseline = JavaProcess.start("the baseline", command, Map.of(), work.resolve("baseline.log"));
        String baselineUrl = "http://127.0.0.1:" + baselinePort;
        baseline.awaitReady(URI.create(baselineUrl + "/ready"));
        return new Servers(crmUrl, baselineUrl, apiKey, crm, baseline);
    }

    /** The options {@code ./crm} runs the server's JVM with, handed over by {@code ./crm bench}. */
    static List<String> jvmOptions() {
        String options = System.getenv().getOrDefault("CRM_BENCH_JVM_OPTIONS", "");
        return options.isBlank() ? List.of() : Arrays.asList(options.strip().split("\\s+"));
    }

    static Map<String, String> crmEnvironment(BenchDatabase database, Path work) {
        Map<String, String> environment = new HashMap<>();
        environment.put("CRM_DATABASE_URL", database.url("crm"));
        environment.put("CRM_DATABASE_USER", BenchDatabase.USER);
        environment.put("CRM_DATA_DIR", work.resolve("crm-data").toString());
        // Room for the 200 MiB upload the memory row makes; every other setting is the default.
        environment.put("CRM_DOCUMENTS_MAX_BYTES", Long.toString(Scenarios.UPLOAD_BYTES));
        return environment;
    }

    private static List<String> crmCommand(Map<String, String> environment, Path work, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("./crm"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(work.resolve("crm-commands.log").toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("./crm " + String.join(" ", arguments) + " failed; see " + work.resolve("crm-commands.log"));
        }
        return output.lines().toList();
    }

    @Override
    public void close() throws InterruptedException {
        try {
            baseline.close();
        } finally {
            crm.close();
        }
    }
}

package com.humanscrm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The run's rows, as a table for the terminal (and docs/performance.md) and as JSON for later comparison. */
final class Report {

    private final Bench.Options options;
    private final List<Row> rows;
    private final Instant finished = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    Report(Bench.Options options, List<Row> rows) {
        this.options = options;
        this.rows = rows;
    }

    Path write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("finished", finished.toString());
        result.put("machine", machine());
        result.put("humans", options.humans());
        result.put("warmupSeconds", options.warmup().toSeconds());
        result.put("measureSeconds", options.measure().toSeconds());
        result.put("rows", rows);
        Path file = directory.resolve("bench-" + finished.toString().replace(':', '-') + ".json");
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), result);
        return file;
    }

    String table() throws IOException {
        StringBuilder table = new StringBuilder();
        table.append(String.format("%n%s, %,d humans, %d s per load after %d s of warm-up, %s%n%n", machine(), options.humans(),
                options.measure().toSeconds(), options.warmup().toSeconds(), finished));
        table.append("| scenario | conns | req/s | p50 ms | p95 ms | p99 ms | ratio | target | holds |\n");
        table.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            Measurement load = row.load();
            String ratio = row.ratio() == null ? "" : String.format("%.2f× %s", row.ratio(), row.comparedWith());
            if (load == null) {
                table.append(String.format("| %s | | %s | | | | | %s | %s |%n", row.scenario(), row.value(), row.target(), yes(row)));
            } else {
                table.append(String.format("| %s | %d | %.0f | %.1f | %.1f | %.1f | %s | %s | %s |%n", row.scenario(),
                        row.connections(), load.perSecond(), load.p50(), load.p95(), load.p99(), ratio, row.target(),
                        yes(row) + (load.failures() > 0 ? " (" + load.failures() + " "
                                + (row.refusals() == null ? "failed" : row.refusals()) + ")" : "")));
            }
        }
        return table.toString();
    }

    private static String yes(Row row) {
        return row.holds() ? "yes" : "**no**";
    }

    private static String machine() throws IOException {
        String model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .findFirst().orElse("unknown CPU");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).getFirst().replaceAll("\\D", "");
        return Runtime.getRuntime().availableProcessors() + " cores (" + model + "), "
                + Long.parseLong(memory) / (1024 * 1024) + " GiB, Java " + Runtime.version();
    }
}

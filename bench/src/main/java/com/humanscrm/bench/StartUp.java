package com.humanscrm.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./crm serve} from the command to {@code /health/ready}, on its default embedded database
 * once that exists (warm): the first start, which creates it, is not counted.
 */
final class StartUp {

    private static final int STARTS = 5;

    private StartUp() {
    }

    static Row measure(Path work) throws IOException, InterruptedException {
        Path data = work.resolve("start-up");
        start(data).process().close();
        List<Duration> times = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            Timed timed = start(data);
            timed.process().close();
            times.add(timed.toReady());
        }
        times.sort(null);
        Duration median = times.get(STARTS / 2);
        return Row.value("./crm serve to ready, warm embedded database (median of " + STARTS + ")",
                String.format("%.2f s", median.toMillis() / 1000.0), "≤ 2 s", median.compareTo(Duration.ofSeconds(2)) <= 0);
    }

    private record Timed(JavaProcess process, Duration toReady) {
    }

    private static Timed start(Path data) throws IOException, InterruptedException {
        int port = Bench.freePort();
        JavaProcess process = JavaProcess.start("the CRM (start-up)", List.of("./crm", "serve"),
                Map.of("CRM_DATA_DIR", data.toString(), "CRM_PORT", Integer.toString(port)), data.resolveSibling("start-up.log"));
        return new Timed(process, process.awaitReady(URI.create("http://127.0.0.1:" + port + "/health/ready")));
    }
}

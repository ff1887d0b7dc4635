package com.humanscrm.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every row of the performance issue's table, each load warmed up first and then measured. */
final class Scenarios {

    static final long UPLOAD_BYTES = 200L * 1024 * 1024;
    private static final String GET = "bench/wrk/get.lua";
    private static final String POST = "bench/wrk/post.lua";
    private static final String PATCH = "bench/wrk/patch.lua";
    private static final String BOOK = "bench/wrk/book.lua";

    private final Servers servers;
    private final BenchDatabase database;
    private final Bench.Options options;
    private final Path work;

    Scenarios(Servers servers, BenchDatabase database, Bench.Options options, Path work) {
        this.servers = servers;
        this.database = database;
        this.options = options;
        this.work = work;
    }

    List<Row> run() throws IOException, InterruptedException, SQLException {
        List<Row> rows = new ArrayList<>();
        Measurement baseline = measure(servers.baselineUrl, GET, Samples.BASELINE_DETAIL, Optional.empty(), 2, 16);
        rows.add(Row.load("baseline: GET /humans/{id} (one row, raw JDBC)", 16, baseline, 1.0, "baseline", "—", true));
        Measurement detail = crm(GET, Samples.CRM_DETAIL, 2, 16);
        double detailRatio = detail.perSecond() / baseline.perSecond();
        rows.add(Row.load("GET /api/humans/{id} (API key, full detail)", 16, detail, detailRatio, "baseline",
                "≥ 0.8× baseline, p99 ≤ 10 ms", detailRatio >= 0.8 && detail.p99() <= 10));

        Measurement first = crm(GET, Samples.FIRST_PAGES, 2, 16);
        rows.add(Row.load("first page of 50, each sort, with and without status", 16, first,
                first.perSecond() / baseline.perSecond(), "baseline", "p95 ≤ 20 ms", first.p95() <= 20));
        Measurement deep = crm(GET, Samples.DEEP_PAGES, 2, 16);
        rows.add(Row.load("page of 50 at a random deep position (real cursors)", 16, deep,
                deep.perSecond() / baseline.perSecond(), "baseline", "p95 ≤ 20 ms and ≤ page 1",
                deep.p95() <= 20 && deep.p95() <= first.p95()));
        Measurement search = crm(GET, Samples.SEARCHES, 2, 4);
        rows.add(Row.load("q search (inside names, emails, two terms, digits)", 4, search,
                search.perSecond() / baseline.perSecond(), "baseline", "p95 ≤ 30 ms", search.p95() <= 30));
        Measurement account = crm(GET, Samples.ACCOUNT_DETAIL, 2, 16);
        double accountRatio = account.perSecond() / baseline.perSecond();
        rows.add(Row.load("GET /api/accounts/{id} (3 linked humans, newest activities)", 16, account, accountRatio,
                "baseline", "≥ 0.8× baseline, p99 ≤ 10 ms", accountRatio >= 0.8 && account.p99() <= 10));
        Measurement activities = crm(GET, Samples.BUSY_ACTIVITIES, 2, 16);
        rows.add(Row.load("activities of a human with 1,000: page 1, by type, deep cursor", 16, activities,
                activities.perSecond() / baseline.perSecond(), "baseline", "p95 ≤ 20 ms", activities.p95() <= 20));
        Measurement patch = crm(PATCH, Samples.IDS, 8, 8);
        rows.add(Row.load("PATCH /api/humans/{id} with If-Match", 8, patch,
                patch.perSecond() / baseline.perSecond(), "baseline", "—", true));

        double pgbench = Pgbench.transactionsPerSecond(database, 8, options.measure());
        rows.add(Row.value("pgbench -N, 8 clients (same server)", String.format("%.0f tps", pgbench), "—", true));
        Measurement create = crm(POST, null, 2, 8);
        double createRatio = create.perSecond() / pgbench;
        rows.add(Row.load("POST /api/humans (one email, audit, Idempotency-Key)", 8, create, createRatio, "pgbench -N",
                "≥ 0.3× pgbench -N", createRatio >= 0.3));
        Measurement booked = crm(BOOK, Samples.BOOKINGS, 8, 8);
        double bookedRatio = booked.perSecond() / create.perSecond();
        rows.add(Row.load("POST /api/bookings, each on one of 2,000 flights (seat, audit, Idempotency-Key)", 8, booked,
                bookedRatio, "POST /api/humans", "≥ 0.7× POST /api/humans", bookedRatio >= 0.7));
        Measurement oneFlight = crm(BOOK, Samples.ONE_FLIGHT_BOOKINGS, 8, 8);
        rows.add(Row.refusing("POST /api/bookings, all on one flight of 50 seats (then 409 FLIGHT_FULL)", 8, oneFlight,
                oneFlight.perSecond() / create.perSecond(), "POST /api/humans", "refused past the 50 seats"));

        for (int flights : new int[] {1000, 1}) {
            for (String script : List.of("capacity-lock.sql", "capacity-serializable.sql")) {
                Pgbench.Capacity capacity = Pgbench.capacity(database, work, script, flights, 8, options.measure());
                rows.add(Row.value("seats taken by " + (script.contains("lock") ? "the flight's row lock" : "serializable + retry")
                        + ", SQL alone, " + (flights == 1 ? "all on one flight" : "over 1,000 flights") + " (pgbench, 8 clients)",
                        String.format("%.0f tps, %,d retried", capacity.tps(), capacity.retried()), "reported", true));
            }
        }

        int uploaded = upload();
        long peak = servers.crm.peakRssMib();
        rows.add(Row.value("CRM memory: peak RSS over every load above, then a 200 MiB upload",
                peak + " MiB (upload answered " + uploaded + ")", "≤ 300 MiB, upload fits", peak <= 300 && uploaded == 201));
        return rows;
    }

    private Measurement crm(String script, String paths, int threads, int connections) throws IOException, InterruptedException {
        return measure(servers.crmUrl, script, paths, Optional.of(servers.apiKey), threads, connections);
    }

    private Measurement measure(String url, String script, String paths, Optional<String> apiKey, int threads, int connections)
            throws IOException, InterruptedException {
        Wrk.run(new Wrk.Load(url, script, arguments(script, paths, threads, "warmup"), apiKey, threads, connections, options.warmup()));
        Measurement measured = Wrk.run(new Wrk.Load(url, script, arguments(script, paths, threads, "measure"), apiKey,
                threads, connections, options.measure()));
        System.out.printf("bench: %-10s %-20s %5d conns %8.0f req/s  p50 %6.1f  p95 %6.1f  p99 %6.1f ms  failures %d%n",
                Path.of(script).getFileName(), paths == null ? "" : paths, connections, measured.perSecond(),
                measured.p50(), measured.p95(), measured.p99(), measured.failures());
        return measured;
    }

    private List<String> arguments(String script, String paths, int threads, String run) {
        List<String> arguments = new ArrayList<>();
        if (paths != null) {
            arguments.add(work.resolve(paths).toString());
        }
        if (script.equals(PATCH) || script.equals(BOOK)) {
            arguments.addAll(List.of(Integer.toString(threads), run));
        }
        return arguments;
    }

    /** A 200 MiB document, streamed: it must fit however little memory the server keeps. */
    private int upload() throws IOException, InterruptedException {
        String human = Files.readAllLines(work.resolve(Samples.IDS)).getFirst();
        String boundary = "bench-boundary";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"entityType\"\r\n\r\nhuman\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"entityId\"\r\n\r\n" + human + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"large.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create(servers.crmUrl + "/api/documents"))
                .header("Authorization", "Bearer " + servers.apiKey)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString(head),
                        HttpRequest.BodyPublishers.ofInputStream(() -> new PdfLikeBytes(UPLOAD_BYTES)),
                        HttpRequest.BodyPublishers.ofString(tail)))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                System.out.println("bench: the upload answered " + response.statusCode() + ": " + response.body());
            }
            return response.statusCode();
        }
    }

    /** A PDF header, then filler: the server detects the type from the first bytes. */
    private static final class PdfLikeBytes extends InputStream {

        private static final byte[] HEADER = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        private final long size;
        private long position;

        PdfLikeBytes(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            long at = position++;
            return at < HEADER.length ? HEADER[(int) at] : 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = (byte) read();
            }
            return count;
        }
    }
}

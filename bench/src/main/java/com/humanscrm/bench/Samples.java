package com.humanscrm.bench;

import com.humanscrm.application.activity.ActivityListQuery;
import com.humanscrm.application.shared.Cursor;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What the scenarios ask for, drawn at random from the loaded humans and written one request path a
 * line for wrk's scripts: ids to read and patch, first pages, deep pages, searches, accounts to read
 * and the activities of the busiest humans.
 */
final class Samples {

    static final String IDS = "ids.txt";
    static final String CRM_DETAIL = "crm-detail.txt";
    static final String BASELINE_DETAIL = "baseline-detail.txt";
    static final String FIRST_PAGES = "first-pages.txt";
    static final String DEEP_PAGES = "deep-pages.txt";
    static final String SEARCHES = "searches.txt";
    static final String ACCOUNT_DETAIL = "account-detail.txt";
    static final String BUSY_ACTIVITIES = "busy-activities.txt";
    static final String BOOKINGS = "bookings.txt";
    static final String ONE_FLIGHT_BOOKINGS = "one-flight-bookings.txt";

    private static final List<String> SORTS = List.of("lastName", "-lastName", "createdAt", "-createdAt");
    private static final String LIST = "/api/humans?limit=50";

    private record Sampled(UUID id, String firstName, String lastName, OffsetDateTime createdAt, String email, String phone) {
    }

    private Samples() {
    }

    static void write(Connection connection, Path directory) throws SQLException, IOException {
        List<Sampled> sample = sample(connection);
        write(directory.resolve(IDS), sample.stream().map(human -> human.id().toString()).toList());
        write(directory.resolve(CRM_DETAIL), sample.stream().map(human -> "/api/humans/" + human.id()).toList());
        write(directory.resolve(BASELINE_DETAIL), sample.stream().map(human -> "/humans/" + human.id()).toList());

        List<String> firstPages = new ArrayList<>();
        for (String sort : SORTS) {
            firstPages.add(LIST + "&sort=" + sort);
            for (String status : List.of("open", "active", "closed")) {
                firstPages.add(LIST + "&sort=" + sort + "&status=" + status);
            }
        }
        write(directory.resolve(FIRST_PAGES), firstPages);

        // Real cursors: encoded by the CRM's own Cursor, just after a row drawn at random, so each page
        // starts at a random position of the whole list.
        List<String> deepPages = new ArrayList<>();
        for (int i = 0; i < Math.min(sample.size(), 4000); i++) {
            Sampled human = sample.get(i);
            String sort = SORTS.get(i % SORTS.size());
            String key = sort.endsWith("lastName") ? human.lastName() : human.createdAt().toInstant().toString();
            deepPages.add(LIST + "&sort=" + sort + "&cursor=" + new Cursor(sort, key, human.id()).encode());
        }
        write(directory.resolve(DEEP_PAGES), deepPages);

        List<String> searches = new ArrayList<>();
        for (int i = 0; i < Math.min(sample.size(), 2000); i++) {
            Sampled human = sample.get(i);
            String last = human.lastName().toLowerCase(Locale.ROOT);
            String q = switch (i % 5) {
                case 0 -> last.length() > 4 ? last.substring(1, 5) : last;   // inside a name
                case 1 -> human.email();                                      // a whole address
                case 2 -> human.firstName() + " " + last.substring(0, Math.min(3, last.length()));   // two terms
                case 3 -> human.phone() == null ? last : lastDigits(human.phone(), 7);   // digits
                default -> human.email().substring(0, human.email().indexOf('@') + 1);   // an address's start
            };
            searches.add(LIST + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        write(directory.resolve(SEARCHES), searches);
        write(directory.resolve(ACCOUNT_DETAIL), ids(connection, "select id from accounts order by random() limit 20000")
                .stream().map(id -> "/api/accounts/" + id).toList());
        write(directory.resolve(BUSY_ACTIVITIES), busyActivities(connection));
        // Each pet once on one of 2,000 flights, in turn, so a run never books a pet twice on a flight nor fills one;
        // and every pet on the last flight, whose 50 seats the first bookings of that row take.
        write(directory.resolve(BOOKINGS), triples(connection, """
                with f as (select id, row_number() over (order by departure_time) - 1 as k from flights
                           where departure_time < (select max(departure_time) from flights)),
                     p as (select id, human_id, row_number() over (order by id) - 1 as k from pets)
                select f.id, p.human_id, p.id from p join f on f.k = p.k % 2000 order by p.k"""));
        write(directory.resolve(ONE_FLIGHT_BOOKINGS), triples(connection, """
                select (select f.id from flights f order by f.departure_time desc limit 1), p.human_id, p.id from pets p order by p.id"""));
    }

    /** Lines of "flightId humanId petId", as the booking script reads them. */
    private static List<String> triples(Connection connection, String query) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                lines.add(rows.getObject(1, UUID.class) + " " + rows.getObject(2, UUID.class) + " " + rows.getObject(3, UUID.class));
            }
        }
        return lines;
    }

    /**
     * The activities of the humans with 1,000 each: the first page, one type's, and a page from a real
     * cursor at a random depth of their list.
     */
    private static List<String> busyActivities(Connection connection) throws SQLException {
        List<String> paths = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select a.human_id, a.activity_date, a.id from activities a
                     join (select human_id from activities group by human_id having count(*) >= 1000) busy
                       on busy.human_id = a.human_id
                     order by random() limit 2000""")) {
            while (rows.next()) {
                String human = rows.getObject(1, UUID.class).toString();
                String list = "/api/activities?limit=50&humanId=" + human;
                paths.add(list);
                paths.add(list + "&type=phone_call");
                Cursor cursor = new Cursor(ActivityListQuery.ORDER, rows.getObject(2, OffsetDateTime.class).toInstant().toString(),
                        rows.getObject(3, UUID.class));
                paths.add(list + "&cursor=" + cursor.encode());
            }
        }
        return paths;
    }

    private static List<UUID> ids(Connection connection, String query) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private static String lastDigits(String phone, int count) {
        String digits = phone.replaceAll("\\D", "");
        return digits.substring(Math.max(0, digits.length() - count));
    }

    private static List<Sampled> sample(Connection connection) throws SQLException {
        List<Sampled> sample = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select h.id, h.first_name, h.last_name, h.created_at,
                            (select email from human_emails e where e.human_id = h.id and e.is_primary),
                            (select number from human_phones p where p.human_id = h.id and p.is_primary)
                     from humans h order by random() limit 20000""")) {
            while (rows.next()) {
                sample.add(new Sampled(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                        rows.getObject(4, OffsetDateTime.class), rows.getString(5), rows.getString(6)));
            }
        }
        return sample;
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}

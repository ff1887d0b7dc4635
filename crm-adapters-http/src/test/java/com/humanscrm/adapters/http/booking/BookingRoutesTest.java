package com.humanscrm.adapters.http.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.domain.colleague.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class BookingRoutesTest {

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();
    private final ApiClient agent = api.as(Role.AGENT);
    private final ApiClient viewer = api.as(Role.VIEWER);
    private final String grace = human("Grace");
    private final String rex = pet(grace, "Rex");
    private final String paris = flight(2);

    @Test
    void bookingAPetAnswersWithTheRecordAndTakesASeat() {
        ApiResponse created = agent.post("/api/bookings", """
                {"flightId": "%s", "humanId": "%s", "petId": "%s", "priceMinor": 45000, "currency": "eur",
                 "specialInstructions": "Crate by the window"}
                """.formatted(paris, grace, rex)).send().expectStatus(201);

        JsonNode booking = created.data();
        assertThat(created.header("Location")).isEqualTo("/api/bookings/" + created.id());
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(booking.get("status").asString()).isEqualTo("pending");
        assertThat(booking.get("currency").asString()).isEqualTo("EUR");
        assertThat(booking.get("priceMinor").asLong()).isEqualTo(45_000L);
        assertThat(viewer.get("/api/bookings/" + created.id()).send().expectStatus(200).data()).isEqualTo(booking);
        JsonNode flight = viewer.get("/api/flights/" + paris).send().expectStatus(200).data();
        assertThat(flight.get("activeBookings").asInt()).isEqualTo(1);
        assertThat(flight.get("seatsLeft").asInt()).isEqualTo(1);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceAndAPetOfAnotherHumanByField() {
        ApiResponse refused = agent.post("/api/bookings", """
                {"flightId": "%s", "humanId": "%s", "petId": "%s", "priceMinor": -1, "currency": "EURO"}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID())).offContract().send()
                .expectProblem(422, "VALIDATION_FAILED");
        String alansDog = pet(human("Alan"), "Bolt");

        assertThat(refused.fieldErrors()).containsOnlyKeys("flightId", "humanId", "petId", "priceMinor", "currency");
        assertThat(book(paris, grace, alansDog).expectProblem(422, "VALIDATION_FAILED").fieldErrors()).containsOnlyKeys("petId");
        assertThat(agent.post("/api/bookings", "{}").offContract().send().expectProblem(422, "VALIDATION_FAILED")
                .fieldErrors()).containsOnlyKeys("flightId", "humanId", "petId", "priceMinor", "currency");
        assertThat(viewer.get("/api/bookings").send().expectStatus(200).data()).isEmpty();
    }

    @Test
    void aFullFlightAGoneFlightAndATwiceBookedPetAreConflicts() {
        book(paris, grace, rex).expectStatus(201);
        book(paris, grace, rex).expectProblem(409, "DUPLICATE");
        book(paris, grace, pet(grace, "Ada")).expectStatus(201);

        book(paris, grace, pet(grace, "Max")).expectProblem(409, "FLIGHT_FULL");
        String gone = flight(3);
        agent.post("/api/flights/" + gone + "/status", "{\"status\": \"cancelled\"}").send().expectStatus(200);
        book(gone, grace, rex).expectProblem(409, "FLIGHT_NOT_BOOKABLE");
    }

    @Test
    void onlyAgentsBookChangeAndMoveAndStrangersNothing() {
        String id = book(paris, grace, rex).expectStatus(201).id();

        viewer.post("/api/bookings", "{}").offContract().send().expectProblem(403, "FORBIDDEN");
        viewer.patch("/api/bookings/" + id, "{\"priceMinor\": 1}").send().expectProblem(403, "FORBIDDEN");
        viewer.post("/api/bookings/" + id + "/status", "{\"status\": \"confirmed\"}").send().expectProblem(403, "FORBIDDEN");
        api.anonymous().get("/api/bookings").send().expectProblem(401, "AUTH_REQUIRED");
        api.anonymous().get("/api/bookings/" + id).send().expectProblem(401, "AUTH_REQUIRED");
        agent.delete("/api/bookings/" + id).offContract().send().expectProblem(405, "METHOD_NOT_ALLOWED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "1-2-3-4-5"})
    void anUnknownBookingIsNotFound(String id) {
        agent.get("/api/bookings/" + UUID.randomUUID()).send().expectProblem(404, "BOOKING_NOT_FOUND");
        agent.get("/api/bookings/" + id).offContract().send().expectProblem(404, "BOOKING_NOT_FOUND");
        agent.patch("/api/bookings/" + UUID.randomUUID(), "{\"priceMinor\": 1}").send().expectProblem(404, "BOOKING_NOT_FOUND");
        agent.post("/api/bookings/" + UUID.randomUUID() + "/status", "{\"status\": \"confirmed\"}").send()
                .expectProblem(404, "BOOKING_NOT_FOUND");
    }

    @Test
    void aBookingMovesFromItsVersionAndACancelledOneGivesItsSeatBack() {
        String id = book(paris, grace, rex).expectStatus(201).id();

        agent.post("/api/bookings/" + id + "/status", "{\"status\": \"confirmed\"}").ifMatch("\"2\"").send()
                .expectProblem(412, "VERSION_MISMATCH");
        agent.post("/api/bookings/" + id + "/status", "{\"status\": \"confirmed\"}").ifMatch("\"1\"").send().expectStatus(200);
        ApiResponse illegal = agent.post("/api/bookings/" + id + "/status", "{\"status\": \"completed\"}").send()
                .expectProblem(409, "ILLEGAL_TRANSITION");
        ApiResponse cancelled = agent.post("/api/bookings/" + id + "/status", "{\"status\": \"cancelled\"}").send()
                .expectStatus(200);

        assertThat(illegal.json().get("detail").asString()).contains("checked_in, cancelled");
        assertThat(cancelled.header("ETag")).isEqualTo("\"3\"");
        assertThat(viewer.get("/api/flights/" + paris).send().expectStatus(200).data().get("seatsLeft").asInt()).isEqualTo(2);
        assertThat(agent.post("/api/bookings/" + id + "/status", "{\"status\": \"boarded\"}").offContract().send()
                .expectProblem(422, "VALIDATION_FAILED").fieldErrors()).containsOnlyKeys("status");
    }

    @Test
    void aChangeTouchesThePriceAndInstructionsOnly() {
        String id = book(paris, grace, rex).expectStatus(201).id();

        ApiResponse changed = agent.patch("/api/bookings/" + id, "{\"priceMinor\": 39900, \"specialInstructions\": null}")
                .ifMatch("\"1\"").send().expectStatus(200);

        assertThat(changed.data().get("priceMinor").asLong()).isEqualTo(39_900L);
        assertThat(changed.data().get("specialInstructions").isNull()).isTrue();
        assertThat(agent.patch("/api/bookings/" + id, "{\"priceMinor\": null, \"currency\": \"ZZZ\"}").offContract().send()
                .expectProblem(422, "VALIDATION_FAILED").fieldErrors()).containsOnlyKeys("priceMinor", "currency");
        assertThat(agent.patch("/api/bookings/" + id, "{\"petId\": \"" + UUID.randomUUID() + "\"}").offContract().send()
                .status()).isEqualTo(422);
    }

    @Test
    void cancellingAFlightCancelsItsBookingsAndTheyKeepTheirPetsAndFlightFromBeingDeleted() {
        String id = book(paris, grace, rex).expectStatus(201).id();
        ApiClient admin = api.as(Role.ADMIN);

        agent.delete("/api/pets/" + rex).send().expectProblem(409, "IN_USE");
        admin.delete("/api/humans/" + grace).send().expectProblem(409, "IN_USE");
        ApiResponse cancelled = agent.post("/api/flights/" + paris + "/status", "{\"status\": \"cancelled\"}").send()
                .expectStatus(200);

        assertThat(cancelled.data().get("activeBookings").asInt()).isZero();
        assertThat(viewer.get("/api/bookings/" + id).send().expectStatus(200).data().get("status").asString())
                .isEqualTo("cancelled");
        admin.delete("/api/flights/" + paris).send().expectProblem(409, "IN_USE");
        admin.delete("/api/humans/" + grace).send().expectStatus(204);
        agent.get("/api/bookings/" + id).send().expectProblem(404, "BOOKING_NOT_FOUND");
    }

    @Test
    void theListIsNewestFirstFilteredAndPagedWithoutGapsOrRepeats() {
        String big = flight(9);
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            newestFirst.add(0, book(big, grace, pet(grace, "Pet" + i)).expectStatus(201).id());
        }
        String onParis = book(paris, grace, rex).expectStatus(201).id();
        agent.post("/api/bookings/" + onParis + "/status", "{\"status\": \"confirmed\"}").send().expectStatus(200);

        List<String> seen = agent.listAll("/api/bookings?flightId=" + big, 2).stream()
                .map(booking -> booking.get("id").asString()).toList();

        assertThat(seen).containsExactlyElementsOf(newestFirst);
        assertThat(ids("/api/bookings?humanId=" + grace)).hasSize(6).first().isEqualTo(onParis);
        assertThat(ids("/api/bookings?petId=" + rex)).containsExactly(onParis);
        assertThat(ids("/api/bookings?status=confirmed")).containsExactly(onParis);
        assertThat(ids("/api/bookings?status=completed")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"status=boarded", "flightId=paris", "petId=1", "humanId=x"})
    void badFiltersAreRefusedByName(String query) {
        assertThat(agent.get("/api/bookings?" + query).offContract().send().expectProblem(422, "VALIDATION_FAILED")
                .fieldErrors()).hasSize(1);
    }

    private List<String> ids(String path) {
        return agent.get(path).send().expectStatus(200).data().valueStream().map(item -> item.get("id").asString()).toList();
    }

    private ApiResponse book(String flight, String human, String pet) {
        return agent.post("/api/bookings", """
                {"flightId": "%s", "humanId": "%s", "petId": "%s", "priceMinor": 12500, "currency": "EUR"}
                """.formatted(flight, human, pet)).send();
    }

    private String flight(int seats) {
        return agent.post("/api/flights", """
                {"flightNumber": "AF1234", "airline": "Air France", "departureAirport": "CDG", "arrivalAirport": "LIS",
                 "departureTime": "2026-06-01T08:00:00Z", "arrivalTime": "2026-06-01T10:30:00Z", "maxPets": %d}
                """.formatted(seats)).send().expectStatus(201).id();
    }

    private String pet(String humanId, String name) {
        return agent.post("/api/pets", "{\"humanId\": \"" + humanId + "\", \"name\": \"" + name + "\"}").send()
                .expectStatus(201).id();
    }

    private String human(String firstName) {
        return agent.post("/api/humans", """
                {"firstName": "%s", "lastName": "Hopper", "types": ["client"], "emails": [{"email": "%s@example.test"}]}
                """.formatted(firstName, firstName.toLowerCase(Locale.ROOT))).send().expectStatus(201).id();
    }
}

package com.humanscrm.adapters.http.flight;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.domain.colleague.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class FlightRoutesTest {

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();
    private final ApiClient agent = api.as(Role.AGENT);
    private final ApiClient viewer = api.as(Role.VIEWER);

    @Test
    void schedulingAFlightAnswersWithTheRecordItsSeatsAndWhereItLives() {
        ApiResponse created = agent.post("/api/flights", """
                {"flightNumber": "af 1234", "airline": "Air France", "departureAirport": "cdg", "arrivalAirport": "LIS",
                 "departureTime": "2026-06-01T08:00:00Z", "arrivalTime": "2026-06-01T10:30:00Z", "maxPets": 4}
                """).send().expectStatus(201);

        JsonNode flight = created.data();
        assertThat(created.header("Location")).isEqualTo("/api/flights/" + created.id());
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(flight.get("flightNumber").asString()).isEqualTo("AF1234");
        assertThat(flight.get("departureAirport").asString()).isEqualTo("CDG");
        assertThat(flight.get("status").asString()).isEqualTo("scheduled");
        assertThat(flight.get("activeBookings").asInt()).isZero();
        assertThat(flight.get("seatsLeft").asInt()).isEqualTo(4);
        assertThat(flight.get("cabinClass").isNull()).isTrue();
        assertThat(viewer.get("/api/flights/" + created.id()).send().expectStatus(200).data()).isEqualTo(flight);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        ApiResponse refused = agent.post("/api/flights", """
                {"flightNumber": "1234", "airline": "", "departureAirport": "CDG", "arrivalAirport": "cdg",
                 "departureTime": "2026-06-01T08:00:00Z", "arrivalTime": "2026-06-01T07:00:00Z", "maxPets": 51}
                """).offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).containsOnlyKeys("flightNumber", "airline", "arrivalAirport", "arrivalTime",
                "maxPets");
        assertThat(agent.post("/api/flights", "{}").offContract().send().expectProblem(422, "VALIDATION_FAILED")
                .fieldErrors()).containsOnlyKeys("flightNumber", "airline", "departureAirport", "arrivalAirport",
                "departureTime", "arrivalTime", "maxPets");
        assertThat(viewer.get("/api/flights").send().expectStatus(200).data()).isEmpty();
    }

    @Test
    void onlyAgentsScheduleChangeAndMoveOnlyAdminsDeleteAndStrangersNothing() {
        String id = flight("AF1", "2026-06-01T08:00:00Z", 3);

        viewer.post("/api/flights", "{}").offContract().send().expectProblem(403, "FORBIDDEN");
        viewer.patch("/api/flights/" + id, "{\"maxPets\": 4}").send().expectProblem(403, "FORBIDDEN");
        viewer.post("/api/flights/" + id + "/status", "{\"status\": \"confirmed\"}").send().expectProblem(403, "FORBIDDEN");
        agent.delete("/api/flights/" + id).send().expectProblem(403, "FORBIDDEN");
        api.anonymous().get("/api/flights").send().expectProblem(401, "AUTH_REQUIRED");
        api.anonymous().post("/api/flights/" + id + "/status", "{\"status\": \"confirmed\"}").send()
                .expectProblem(401, "AUTH_REQUIRED");
        api.as(Role.ADMIN).delete("/api/flights/" + id).ifMatch("\"1\"").send().expectStatus(204);
        agent.get("/api/flights/" + id).send().expectProblem(404, "FLIGHT_NOT_FOUND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "1-2-3-4-5"})
    void anUnknownFlightIsNotFound(String id) {
        agent.get("/api/flights/" + UUID.randomUUID()).send().expectProblem(404, "FLIGHT_NOT_FOUND");
        agent.get("/api/flights/" + id).offContract().send().expectProblem(404, "FLIGHT_NOT_FOUND");
        agent.patch("/api/flights/" + UUID.randomUUID(), "{\"maxPets\": 4}").send().expectProblem(404, "FLIGHT_NOT_FOUND");
        agent.post("/api/flights/" + UUID.randomUUID() + "/status", "{\"status\": \"confirmed\"}").send()
                .expectProblem(404, "FLIGHT_NOT_FOUND");
        api.as(Role.ADMIN).delete("/api/flights/" + UUID.randomUUID()).send().expectProblem(404, "FLIGHT_NOT_FOUND");
    }

    @Test
    void aFlightMovesForwardFromItsVersionAndAnIllegalMoveNamesTheWaysOn() {
        String id = flight("AF1", "2026-06-01T08:00:00Z", 3);

        agent.post("/api/flights/" + id + "/status", "{\"status\": \"confirmed\"}").ifMatch("\"2\"").send()
                .expectProblem(412, "VERSION_MISMATCH");
        ApiResponse confirmed = agent.post("/api/flights/" + id + "/status", "{\"status\": \"confirmed\"}").ifMatch("\"1\"")
                .send().expectStatus(200);
        ApiResponse illegal = agent.post("/api/flights/" + id + "/status", "{\"status\": \"scheduled\"}").send()
                .expectProblem(409, "ILLEGAL_TRANSITION");

        assertThat(confirmed.header("ETag")).isEqualTo("\"2\"");
        assertThat(confirmed.data().get("status").asString()).isEqualTo("confirmed");
        assertThat(illegal.json().get("detail").asString()).contains("in_transit, cancelled");
        assertThat(agent.post("/api/flights/" + id + "/status", "{\"status\": \"landed\"}").offContract().send()
                .expectProblem(422, "VALIDATION_FAILED").fieldErrors()).containsOnlyKeys("status");
        assertThat(agent.post("/api/flights/" + id + "/status", "{}").offContract().send()
                .expectProblem(422, "VALIDATION_FAILED").fieldErrors()).containsOnlyKeys("status");
        agent.patch("/api/flights/" + id, "{\"status\": \"cancelled\"}").offContract().send().expectProblem(422,
                "VALIDATION_FAILED");
    }

    @Test
    void aChangeFollowsTheVersion() {
        String id = flight("AF1", "2026-06-01T08:00:00Z", 3);

        agent.patch("/api/flights/" + id, "{\"maxPets\": 4}").ifMatch("\"2\"").send().expectProblem(412, "VERSION_MISMATCH");
        ApiResponse changed = agent.patch("/api/flights/" + id, "{\"maxPets\": 6, \"cabinClass\": null, \"arrivalAirport\": \"opo\"}")
                .ifMatch("\"1\"").send().expectStatus(200);

        assertThat(changed.data().get("maxPets").asInt()).isEqualTo(6);
        assertThat(changed.data().get("seatsLeft").asInt()).isEqualTo(6);
        assertThat(changed.data().get("arrivalAirport").asString()).isEqualTo("OPO");
        assertThat(agent.patch("/api/flights/" + id, "{\"arrivalTime\": \"2026-06-01T07:00:00Z\", \"maxPets\": null}")
                .offContract().send().expectProblem(422, "VALIDATION_FAILED").fieldErrors())
                .containsOnlyKeys("arrivalTime", "maxPets");
    }

    @Test
    void theListIsByDepartureFilteredAndPagedWithoutGapsOrRepeats() {
        List<String> soonestFirst = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            soonestFirst.add(flight("AF" + day, "2026-06-0" + day + "T08:00:00Z", 3));
        }
        String fromLisbon = agent.post("/api/flights", """
                {"flightNumber": "TP1", "airline": "TAP", "departureAirport": "LIS", "arrivalAirport": "GRU",
                 "departureTime": "2026-05-01T08:00:00Z", "arrivalTime": "2026-05-01T18:00:00Z", "maxPets": 2}
                """).send().expectStatus(201).id();
        agent.post("/api/flights/" + fromLisbon + "/status", "{\"status\": \"cancelled\"}").send().expectStatus(200);

        List<String> seen = agent.listAll("/api/flights?departureAirport=cdg", 3).stream()
                .map(flight -> flight.get("id").asString()).toList();
        List<String> latestFirst = agent.listAll("/api/flights?departureAirport=CDG&sort=-departureTime", 3).stream()
                .map(flight -> flight.get("id").asString()).toList();

        assertThat(seen).containsExactlyElementsOf(soonestFirst);
        assertThat(latestFirst).containsExactlyElementsOf(soonestFirst.reversed());
        assertThat(ids("/api/flights")).first().isEqualTo(fromLisbon);
        assertThat(ids("/api/flights?status=cancelled")).containsExactly(fromLisbon);
        assertThat(ids("/api/flights?arrivalAirport=GRU")).containsExactly(fromLisbon);
        assertThat(ids("/api/flights?dateFrom=2026-06-02T08:00:00Z&dateTo=2026-06-03T08:00:00Z"))
                .containsExactly(soonestFirst.get(1), soonestFirst.get(2));
        assertThat(ids("/api/flights?status=in_transit")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dateFrom=2026-02-03T00:00:00Z&dateTo=2026-02-02T00:00:00Z", "status=landed", "dateTo=soon",
            "sort=arrivalTime"})
    void badFiltersAreRefusedByName(String query) {
        ApiResponse refused = agent.get("/api/flights?" + query).offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).hasSize(1);
    }

    private List<String> ids(String path) {
        return agent.get(path).send().expectStatus(200).data().valueStream().map(item -> item.get("id").asString()).toList();
    }

    private String flight(String number, String departs, int seats) {
        return agent.post("/api/flights", """
                {"flightNumber": "%s", "airline": "Air France", "departureAirport": "CDG", "arrivalAirport": "LIS",
                 "departureTime": "%s", "arrivalTime": "%s", "cabinClass": "Cabin", "maxPets": %d}
                """.formatted(number, departs, java.time.Instant.parse(departs).plusSeconds(9000), seats)).send()
                .expectStatus(201).id();
    }
}

package com.humanscrm.adapters.http.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.domain.colleague.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class GeoInterestRoutesTest {

    private static final String PLACES = "/api/geo-interests";
    private static final String EXPRESSIONS = "/api/geo-interest-expressions";

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();
    private final ApiClient agent = api.as(Role.AGENT);
    private final ApiClient viewer = api.as(Role.VIEWER);
    private final String ada = human("Ada");

    @Test
    void aNewPlaceIs201AndTheSamePlaceWrittenOtherwiseIs200WithIt() {
        ApiResponse created = agent.post(PLACES, "{\"city\": \"São Paulo\", \"country\": \"Brasil\"}").send().expectStatus(201);
        ApiResponse found = agent.post(PLACES, "{\"city\": \" sao PAULO \", \"country\": \"BRASIL\"}").send().expectStatus(200);

        assertThat(created.header("Location")).isEqualTo(PLACES + "/" + created.id());
        assertThat(created.data().get("city").asString()).isEqualTo("São Paulo");
        assertThat(created.data().get("humanCount").asInt()).isZero();
        assertThat(found.id()).isEqualTo(created.id());
        assertThat(found.data().get("city").asString()).isEqualTo("São Paulo");
        assertThat(found.header("Location")).isNull();
    }

    @Test
    void bothNamesAreRequiredAtOnceAndOnlyAgentsCreate() {
        ApiResponse refused = agent.post(PLACES, "{\"city\": \" \"}").offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).containsOnlyKeys("city", "country");
        viewer.post(PLACES, "{\"city\": \"Lisbon\", \"country\": \"Portugal\"}").send().expectProblem(403, "FORBIDDEN");
        api.anonymous().get(PLACES).send().expectProblem(401, "AUTH_REQUIRED");
        assertThat(viewer.get(PLACES).send().expectStatus(200).data()).isEmpty();
    }

    @Test
    void theListFindsPlacesByThePrefixOfCityOrCountryWithTheirCountsAndPages() {
        String lisbon = place("Lisbon", "Portugal");
        place("Porto", "Portugal");
        place("Zürich", "Schweiz");
        express(lisbon, ada);
        express(lisbon, ada);
        express(lisbon, human("Grace"));

        List<JsonNode> all = viewer.listAll(PLACES, 1);
        JsonNode found = viewer.get(PLACES + "?q=lis").send().expectStatus(200).data().get(0);

        assertThat(all).extracting(place -> place.get("city").asString()).containsExactly("Lisbon", "Porto", "Zürich");
        assertThat(found.get("humanCount").asInt()).isEqualTo(2);
        assertThat(found.get("expressionCount").asInt()).isEqualTo(3);
        assertThat(names(PLACES + "?q=zur")).containsExactly("Zürich");
        assertThat(names(PLACES + "?q=PORTU")).containsExactly("Lisbon", "Porto");
        assertThat(names(PLACES + "?q=Madrid")).isEmpty();
    }

    @Test
    void aPlacesDetailHasItsNewestExpressionsAndAnUnknownOneIsNotFound() {
        String lisbon = place("Lisbon", "Portugal");
        String first = express(lisbon, ada);
        String second = express(lisbon, ada);

        JsonNode detail = viewer.get(PLACES + "/" + lisbon).send().expectStatus(200).data();

        assertThat(detail.get("expressions")).extracting(expression -> expression.get("id").asString())
                .containsExactly(second, first);
        viewer.get(PLACES + "/" + UUID.randomUUID()).send().expectProblem(404, "GEO_INTEREST_NOT_FOUND");
        viewer.get(EXPRESSIONS + "/" + UUID.randomUUID()).send().expectProblem(404, "GEO_INTEREST_EXPRESSION_NOT_FOUND");
    }

    @Test
    void aPlaceWithExpressionsIsDeletedByAnAdminOnlyWithForce() {
        String lisbon = place("Lisbon", "Portugal");
        String expression = express(lisbon, ada);
        ApiClient admin = api.as(Role.ADMIN);

        api.as(Role.MANAGER).delete(PLACES + "/" + lisbon).send().expectProblem(403, "FORBIDDEN");
        admin.delete(PLACES + "/" + lisbon).send().expectProblem(409, "IN_USE");
        admin.delete(PLACES + "/" + lisbon + "?force=maybe").offContract().send().expectProblem(422, "VALIDATION_FAILED");
        admin.delete(PLACES + "/" + lisbon + "?force=true").send().expectStatus(204);

        viewer.get(EXPRESSIONS + "/" + expression).send().expectProblem(404, "GEO_INTEREST_EXPRESSION_NOT_FOUND");
        admin.delete(PLACES + "/" + lisbon).send().expectProblem(404, "GEO_INTEREST_NOT_FOUND");
        String empty = place("Porto", "Portugal");
        admin.delete(PLACES + "/" + empty).send().expectStatus(204);
    }

    @Test
    void anExpressionByCityAndCountryFindsOrCreatesItsPlace() {
        String lisbon = place("Lisbon", "Portugal");

        ApiResponse byName = agent.post(EXPRESSIONS, """
                {"city": "LISBON", "country": "portugal", "humanId": "%s", "notes": " August "}""".formatted(ada))
                .send().expectStatus(201);
        ApiResponse newPlace = agent.post(EXPRESSIONS, """
                {"city": "Faro", "country": "Portugal", "humanId": "%s"}""".formatted(ada)).send().expectStatus(201);

        assertThat(byName.header("Location")).isEqualTo(EXPRESSIONS + "/" + byName.id());
        assertThat(byName.header("ETag")).isEqualTo("\"1\"");
        assertThat(byName.data().get("geoInterest").get("id").asString()).isEqualTo(lisbon);
        assertThat(byName.data().get("notes").asString()).isEqualTo("August");
        assertThat(names(PLACES + "?q=faro")).containsExactly("Faro");
        assertThat(newPlace.data().get("geoInterest").get("city").asString()).isEqualTo("Faro");
    }

    @Test
    void everyBrokenRuleOfAnExpressionIsReportedAtOnce() {
        ApiResponse refused = agent.post(EXPRESSIONS, """
                {"geoInterestId": "%s", "humanId": "%s", "activityId": "%s", "notes": "%s"}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "n".repeat(2001)))
                .offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).containsOnlyKeys("geoInterestId", "humanId", "activityId", "notes");
        assertThat(agent.post(EXPRESSIONS, "{\"humanId\": \"" + ada + "\"}").send().expectProblem(422, "VALIDATION_FAILED")
                .fieldErrors()).containsOnlyKeys("geoInterestId");
        viewer.post(EXPRESSIONS, "{\"city\": \"Lisbon\", \"country\": \"Portugal\", \"humanId\": \"" + ada + "\"}").send()
                .expectProblem(403, "FORBIDDEN");
        assertThat(viewer.get(EXPRESSIONS).send().expectStatus(200).data()).isEmpty();
        assertThat(viewer.get(PLACES).send().expectStatus(200).data()).isEmpty();
    }

    @Test
    void notesChangeFromTheVersionAndAnExpressionIsDeletedOnce() {
        String id = express(place("Lisbon", "Portugal"), ada);

        agent.patch(EXPRESSIONS + "/" + id, "{\"notes\": \"late\"}").ifMatch("\"2\"").send().expectProblem(412, "VERSION_MISMATCH");
        ApiResponse changed = agent.patch(EXPRESSIONS + "/" + id, "{\"notes\": \"Two dogs\"}").ifMatch("\"1\"").send()
                .expectStatus(200);
        ApiResponse cleared = agent.patch(EXPRESSIONS + "/" + id, "{\"notes\": null}").send().expectStatus(200);
        viewer.patch(EXPRESSIONS + "/" + id, "{\"notes\": \"x\"}").send().expectProblem(403, "FORBIDDEN");
        assertThat(agent.patch(EXPRESSIONS + "/" + id, "{}").offContract().send().expectProblem(422, "VALIDATION_FAILED")
                .fieldErrors()).containsOnlyKeys("notes");

        assertThat(changed.data().get("notes").asString()).isEqualTo("Two dogs");
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        assertThat(cleared.data().get("notes").isNull()).isTrue();
        agent.delete(EXPRESSIONS + "/" + id).ifMatch("\"3\"").send().expectStatus(204);
        agent.delete(EXPRESSIONS + "/" + id).send().expectProblem(404, "GEO_INTEREST_EXPRESSION_NOT_FOUND");
    }

    @Test
    void expressionsAreListedNewestFirstByHumanPlaceAndActivity() {
        String lisbon = place("Lisbon", "Portugal");
        String porto = place("Porto", "Portugal");
        String call = agent.post("/api/activities", "{\"type\": \"phone_call\", \"humanId\": \"" + ada + "\"}").send()
                .expectStatus(201).id();
        String first = express(lisbon, ada);
        String second = agent.post(EXPRESSIONS, """
                {"geoInterestId": "%s", "humanId": "%s", "activityId": "%s"}""".formatted(porto, ada, call))
                .send().expectStatus(201).id();

        assertThat(ids(EXPRESSIONS + "?humanId=" + ada)).containsExactly(second, first);
        assertThat(ids(EXPRESSIONS + "?geoInterestId=" + lisbon)).containsExactly(first);
        assertThat(ids(EXPRESSIONS + "?activityId=" + call)).containsExactly(second);
        assertThat(agent.listAll(EXPRESSIONS, 1)).hasSize(2);
    }

    @Test
    void aHumansDetailShowsThePlacesItIsInterestedIn() {
        String lisbon = place("Lisbon", "Portugal");
        String expression = express(lisbon, ada);

        JsonNode interests = viewer.get("/api/humans/" + ada).send().expectStatus(200).data().get("geoInterests");

        assertThat(interests).hasSize(1);
        assertThat(interests.get(0).get("id").asString()).isEqualTo(expression);
        assertThat(interests.get(0).get("city").asString()).isEqualTo("Lisbon");
        assertThat(interests.get(0).get("geoInterestId").asString()).isEqualTo(lisbon);
    }

    @ParameterizedTest
    @ValueSource(strings = {"humanId=ada", "geoInterestId=1", "activityId=x", "limit=0"})
    void badFiltersAreRefusedByName(String query) {
        assertThat(agent.get(EXPRESSIONS + "?" + query).offContract().send().expectProblem(422, "VALIDATION_FAILED")
                .fieldErrors()).hasSize(1);
    }

    private List<String> names(String path) {
        return viewer.get(path).send().expectStatus(200).data().valueStream().map(place -> place.get("city").asString()).toList();
    }

    private List<String> ids(String path) {
        return viewer.get(path).send().expectStatus(200).data().valueStream().map(item -> item.get("id").asString()).toList();
    }

    private String place(String city, String country) {
        return agent.post(PLACES, "{\"city\": \"" + city + "\", \"country\": \"" + country + "\"}").send().expectStatus(201).id();
    }

    private String express(String place, String human) {
        return agent.post(EXPRESSIONS, "{\"geoInterestId\": \"" + place + "\", \"humanId\": \"" + human + "\"}").send()
                .expectStatus(201).id();
    }

    private String human(String firstName) {
        return agent.post("/api/humans", """
                {"firstName": "%s", "lastName": "Traveller", "types": ["client"], "emails": [{"email": "%s@example.test"}]}
                """.formatted(firstName, firstName.toLowerCase(java.util.Locale.ROOT))).send().expectStatus(201).id();
    }
}

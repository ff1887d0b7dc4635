package com.humanscrm.adapters.http.pet;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.pet.Breed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class PetRoutesTest {

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();
    private final ApiClient agent = api.as(Role.AGENT);
    private final ApiClient viewer = api.as(Role.VIEWER);
    private final String grace = human("Grace");

    @Test
    void recordingAPetAnswersWithTheRecordWhereItLives() {
        ApiResponse created = agent.post("/api/pets", """
                {"humanId": "%s", "name": " Rex ", "breed": "labrador retriever", "weightKg": 31.5,
                 "dateOfBirth": "2020-05-01", "specialNeeds": "Anxious at take-off"}
                """.formatted(grace)).send().expectStatus(201);

        JsonNode pet = created.data();
        assertThat(created.header("Location")).isEqualTo("/api/pets/" + created.id());
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(pet.get("name").asString()).isEqualTo("Rex");
        assertThat(pet.get("breed").asString()).isEqualTo("Labrador Retriever");
        assertThat(pet.get("weightKg").decimalValue()).isEqualByComparingTo("31.50");
        assertThat(pet.get("dateOfBirth").asString()).isEqualTo("2020-05-01");
        assertThat(pet.get("isActive").asBoolean()).isTrue();
        assertThat(viewer.get("/api/pets/" + created.id()).send().expectStatus(200).data()).isEqualTo(pet);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceAndAnUnknownHumanByField() {
        ApiResponse refused = agent.post("/api/pets", """
                {"humanId": "%s", "name": "", "breed": "Labrador", "weightKg": 12.345, "dateOfBirth": "2999-01-01",
                 "specialNeeds": "%s"}
                """.formatted(UUID.randomUUID(), "x".repeat(2_001))).offContract().send()
                .expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).containsOnlyKeys("humanId", "name", "breed", "weightKg", "dateOfBirth",
                "specialNeeds");
        assertThat(refused.fieldErrors().get("humanId")).containsExactly("no human with this id");
        assertThat(agent.post("/api/pets", "{\"name\": \"Rex\"}").offContract().send()
                .expectProblem(422, "VALIDATION_FAILED").fieldErrors()).containsOnlyKeys("humanId");
        assertThat(agent.post("/api/pets", "{\"humanId\": \"" + grace + "\", \"name\": \"Rex\", \"dateOfBirth\": \"2020-13-01\"}")
                .offContract().send().expectProblem(422, "VALIDATION_FAILED").fieldErrors()).containsKey("dateOfBirth");
        assertThat(agent.post("/api/pets", "{\"humanId\": \"" + grace + "\", \"name\": \"Rex\", \"colour\": \"red\"}")
                .offContract().send().status()).isEqualTo(422);
        assertThat(viewer.get("/api/pets").send().expectStatus(200).data()).isEmpty();
    }

    @Test
    void onlyAgentsAndAboveRecordChangeOrDeleteAndStrangersNothing() {
        String id = pet(grace, "Rex", "Beagle");

        viewer.post("/api/pets", "{\"humanId\": \"" + grace + "\", \"name\": \"Max\"}").send().expectProblem(403, "FORBIDDEN");
        viewer.patch("/api/pets/" + id, "{\"name\": \"Max\"}").send().expectProblem(403, "FORBIDDEN");
        viewer.delete("/api/pets/" + id).send().expectProblem(403, "FORBIDDEN");
        api.anonymous().get("/api/pets").send().expectProblem(401, "AUTH_REQUIRED");
        api.anonymous().get("/api/pets/" + id).send().expectProblem(401, "AUTH_REQUIRED");
        api.anonymous().get("/api/pets/breeds").send().expectProblem(401, "AUTH_REQUIRED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "1-2-3-4-5"})
    void anUnknownPetIsNotFound(String id) {
        agent.get("/api/pets/" + UUID.randomUUID()).send().expectProblem(404, "PET_NOT_FOUND");
        agent.get("/api/pets/" + id).offContract().send().expectProblem(404, "PET_NOT_FOUND");
        agent.patch("/api/pets/" + UUID.randomUUID(), "{\"name\": \"Max\"}").send().expectProblem(404, "PET_NOT_FOUND");
        agent.delete("/api/pets/" + UUID.randomUUID()).send().expectProblem(404, "PET_NOT_FOUND");
    }

    @Test
    void theBreedsAreOneFixedListForEveryRole() {
        JsonNode breeds = viewer.get("/api/pets/breeds").send().expectStatus(200).data();

        assertThat(breeds).extracting(breed -> breed.get("name").asString())
                .containsExactlyElementsOf(Breed.all().stream().map(Breed::displayName).toList())
                .endsWith("Mixed Breed", "Other");
    }

    @Test
    void aChangeFollowsTheVersionAndMayGiveThePetToAnotherHuman() {
        String id = pet(grace, "Rex", "Beagle");
        String alan = human("Alan");

        agent.patch("/api/pets/" + id, "{\"name\": \"Max\"}").ifMatch("\"2\"").send().expectProblem(412, "VERSION_MISMATCH");
        ApiResponse changed = agent.patch("/api/pets/" + id, """
                {"humanId": "%s", "breed": null, "weightKg": 8, "isActive": false}
                """.formatted(alan)).ifMatch("\"1\"").send().expectStatus(200);

        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        assertThat(changed.data().get("humanId").asString()).isEqualTo(alan);
        assertThat(changed.data().get("breed").isNull()).isTrue();
        assertThat(changed.data().get("name").asString()).isEqualTo("Rex");
        assertThat(changed.data().get("isActive").asBoolean()).isFalse();
        assertThat(agent.patch("/api/pets/" + id, "{\"name\": null, \"humanId\": null, \"isActive\": null}").offContract()
                .send().expectProblem(422, "VALIDATION_FAILED").fieldErrors()).containsOnlyKeys("name", "humanId", "isActive");
    }

    @Test
    void anAgentDeletesAPetOnceAndAnAdminDeletesAHumanWithItsPets() {
        String rex = pet(grace, "Rex", "Beagle");
        String max = pet(grace, "Max", null);

        agent.delete("/api/pets/" + rex).ifMatch("\"2\"").send().expectProblem(412, "VERSION_MISMATCH");
        agent.delete("/api/pets/" + rex).ifMatch("\"1\"").send().expectStatus(204);
        agent.delete("/api/pets/" + rex).send().expectProblem(404, "PET_NOT_FOUND");
        api.as(Role.ADMIN).delete("/api/humans/" + grace).send().expectStatus(204);
        agent.get("/api/pets/" + max).send().expectProblem(404, "PET_NOT_FOUND");
    }

    @Test
    void theListIsFilteredSortedAndPagedWithoutGapsOrRepeats() {
        List<String> names = List.of("Milo", "Bella", "Luna", "Charlie", "Max", "Daisy", "Rocky");
        List<String> byCreation = new ArrayList<>();
        for (String name : names) {
            byCreation.add(0, pet(grace, name, name.length() == 4 ? "Poodle" : "Beagle"));
        }
        String other = pet(human("Alan"), "Bella", "Boxer");
        agent.patch("/api/pets/" + other, "{\"isActive\": false}").send().expectStatus(200);

        List<String> newestFirst = agent.listAll("/api/pets?humanId=" + grace, 3).stream()
                .map(pet -> pet.get("id").asString()).toList();
        List<String> byName = agent.listAll("/api/pets?humanId=" + grace + "&sort=name", 3).stream()
                .map(pet -> pet.get("name").asString()).toList();

        assertThat(newestFirst).containsExactlyElementsOf(byCreation);
        assertThat(byName).containsExactly("Bella", "Charlie", "Daisy", "Luna", "Max", "Milo", "Rocky");
        assertThat(agent.get("/api/pets?count=true&limit=2").send().expectStatus(200).json().get("page").get("total")
                .asInt()).isEqualTo(8);
        assertThat(ids("/api/pets?breed=poodle")).hasSize(2);
        assertThat(ids("/api/pets?isActive=false")).containsExactly(other);
        assertThat(ids("/api/pets?q=BELL")).hasSize(2);
        assertThat(ids("/api/pets?q=bella&humanId=" + grace)).hasSize(1);
        assertThat(ids("/api/pets?breed=Akita")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"breed=Labrador", "humanId=grace", "isActive=maybe", "sort=weight", "limit=0"})
    void badFiltersAreRefusedByName(String query) {
        ApiResponse refused = agent.get("/api/pets?" + query).offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).hasSize(1);
    }

    @Test
    void aHumansDetailListsItsPetsByNameAndAWriteAnswersWithoutThem() {
        String rex = pet(grace, "Rex", "Beagle");
        String ada = pet(grace, "Ada", null);

        JsonNode pets = viewer.get("/api/humans/" + grace).send().expectStatus(200).data().get("pets");
        JsonNode written = agent.patch("/api/humans/" + grace, "{\"middleName\": \"Brewster\"}").send().expectStatus(200).data();

        assertThat(pets).extracting(pet -> pet.get("id").asString()).containsExactly(ada, rex);
        assertThat(pets.get(0).get("breed").isNull()).isTrue();
        assertThat(pets.get(1).get("breed").asString()).isEqualTo("Beagle");
        assertThat(pets.get(1).get("isActive").asBoolean()).isTrue();
        assertThat(written.has("pets")).isFalse();
        assertThat(viewer.get("/api/humans/" + human("Alan")).send().expectStatus(200).data().get("pets")).isEmpty();
    }

    private List<String> ids(String path) {
        return agent.get(path).send().expectStatus(200).data().valueStream().map(item -> item.get("id").asString()).toList();
    }

    private String pet(String humanId, String name, String breed) {
        return agent.post("/api/pets", """
                {"humanId": "%s", "name": "%s", "breed": %s}
                """.formatted(humanId, name, breed == null ? "null" : "\"" + breed + "\"")).send().expectStatus(201).id();
    }

    private String human(String firstName) {
        return agent.post("/api/humans", """
                {"firstName": "%s", "lastName": "Hopper", "types": ["client"], "emails": [{"email": "%s@example.test"}]}
                """.formatted(firstName, firstName.toLowerCase(Locale.ROOT))).send().expectStatus(201).id();
    }
}

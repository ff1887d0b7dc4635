package com.humanscrm.adapters.http.human;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.domain.colleague.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class HumanRoutesTest {

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();
    private final ApiClient agent = api.as(Role.AGENT);

    @Test
    void creatingAHumanAnswersWithTheRecordWhereItLivesAndItsVersion() {
        ApiResponse created = agent.post("/api/humans", """
                {"firstName": "Ada", "middleName": "King", "lastName": "Lovelace", "status": "active",
                 "types": ["client", "trainer"],
                 "emails": [{"email": "ada@example.com", "label": "Work"}, {"email": "ada@example.org", "isPrimary": true}],
                 "phones": [{"number": "+44 20 7946 0000", "label": "Mobile", "hasWhatsapp": true}]}
                """).send().expectStatus(201);

        JsonNode human = created.data();
        assertThat(created.header("Location")).isEqualTo("/api/humans/" + created.id());
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(human.get("status").asString()).isEqualTo("active");
        assertThat(human.get("types")).extracting(JsonNode::asString).containsExactly("client", "trainer");
        assertThat(human.get("emails")).extracting(email -> email.get("email").asString() + " " + email.get("isPrimary"))
                .containsExactly("ada@example.com false", "ada@example.org true");
        assertThat(human.get("emails").get(0).get("label").asString()).isEqualTo("Work");
        assertThat(human.get("phones").get(0).get("hasWhatsapp").asBoolean()).isTrue();
        assertThat(human.get("phones").get(0).get("isPrimary").asBoolean()).isTrue();
        assertThat(human.get("createdAt").asString()).matches("2026-01-01T09:00:00\\.\\d{6}Z");
    }

    @Test
    void aHumanReadsBackAsCreated() {
        ApiResponse created = Humans.create(agent, "Ada", "Lovelace");

        ApiResponse read = api.as(Role.VIEWER).get("/api/humans/" + created.id()).send().expectStatus(200);

        assertThat(read.record()).isEqualTo(created.data());
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.data().get("middleName").isNull()).isTrue();
        assertThat(read.data().get("status").asString()).isEqualTo("open");
    }

    @Test
    void anUnknownHumanIsNotFound() {
        agent.get("/api/humans/" + UUID.randomUUID()).send().expectProblem(404, "HUMAN_NOT_FOUND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "1-2-3-4-5", "019b78c9-0a80-76af-a125-98748c3f5803-00", "00000000-0000-0000-0000-00000000000g"})
    void anIdThatIsNotAUuidNamesNoHuman(String id) {
        agent.get("/api/humans/" + id).offContract().send().expectProblem(404, "HUMAN_NOT_FOUND");
    }

    @Test
    void aHumanHoldsAtMostFiftyEmailsAndPhoneNumbersAndALongerListIsRefusedOnItsCount() {
        // Entries that are each wrong too (no address at all): the answer is about the count alone.
        String emails = IntStream.range(0, 20_000).mapToObj(i -> i % 2 == 0 ? "{\"email\": \"ada" + i + "@example.com\"}" : "{}")
                .collect(Collectors.joining(","));
        String phones = IntStream.range(0, 51).mapToObj(i -> "{\"number\": \"+4420794600" + (10 + i) + "\"}")
                .collect(Collectors.joining(","));

        ApiResponse tooManyEmails = agent.post("/api/humans", "{\"firstName\": \"Ada\", \"lastName\": \"Lovelace\", \"types\": [\"client\"], \"emails\": ["
                + emails + "]}").offContract().send().expectProblem(422, "VALIDATION_FAILED");
        ApiResponse tooManyPhones = agent.post("/api/humans", "{\"firstName\": \"Ada\", \"lastName\": \"Lovelace\", \"types\": [\"client\"], "
                + "\"emails\": [{\"email\": \"ada@example.com\"}], \"phones\": [" + phones + "]}").offContract().send()
                .expectProblem(422, "VALIDATION_FAILED");

        assertThat(tooManyEmails.fieldErrors()).containsExactly(Map.entry("emails", List.of("must hold at most 50 emails")));
        assertThat(tooManyPhones.fieldErrors()).containsOnlyKeys("phones");
        assertThat(agent.get("/api/humans").send().expectStatus(200).data()).isEmpty();
    }

    @Test
    void aViewerCannotCreateHumans() {
        api.as(Role.VIEWER).post("/api/humans", Humans.body("Ada", "Lovelace", "ada@example.com"))
                .send().expectProblem(403, "FORBIDDEN");
    }

    @Test
    void listingHumansGivesNewestFirstWithAPageEnvelope() {
        Humans.create(agent, "Ada", "Lovelace");
        Humans.create(agent, "Grace", "Hopper");

        ApiResponse list = agent.get("/api/humans").send().expectStatus(200);

        assertThat(list.data()).extracting(human -> human.get("firstName").asString()).containsExactly("Grace", "Ada");
        assertThat(list.data().get(0).get("primaryEmail").asString()).isEqualTo("grace@example.com");
        assertThat(list.json().get("page")).hasToString("{\"limit\":50,\"nextCursor\":null}");
    }

    @Test
    void anEmptyListIsAnEmptyPage() {
        ApiResponse list = agent.get("/api/humans?count=true").send().expectStatus(200);

        assertThat(list.data()).isEmpty();
        assertThat(list.json().get("page")).hasToString("{\"limit\":50,\"nextCursor\":null,\"total\":0}");
    }

    @Test
    void pagesTogetherHoldEveryHumanExactlyOnce() {
        List<String> ids = List.of("Ada", "Grace", "Katherine", "Margaret", "Hedy").stream()
                .map(name -> Humans.create(agent, name, "Pioneer").id()).toList();

        List<JsonNode> seen = agent.listAll("/api/humans", 2);

        assertThat(seen).extracting(human -> human.get("id").asString()).containsExactlyElementsOf(ids.reversed());
    }

    @Test
    void pagesSortedByLastNameHoldEveryHumanExactlyOnce() {
        List.of("Lovelace", "Hopper", "Johnson", "Hamilton", "Lamarr").forEach(name -> Humans.create(agent, "A", name));

        List<JsonNode> seen = agent.listAll("/api/humans?sort=lastName", 2);

        assertThat(seen).extracting(human -> human.get("lastName").asString())
                .containsExactly("Hamilton", "Hopper", "Johnson", "Lamarr", "Lovelace");
    }

    @Test
    void countTellsTheTotalOnEveryPage() {
        List.of("Ada", "Grace", "Hedy").forEach(name -> Humans.create(agent, name, "Pioneer"));

        ApiResponse page = agent.get("/api/humans?limit=1&count=true").send().expectStatus(200);

        assertThat(page.data()).hasSize(1);
        assertThat(page.json().get("page").get("total").asInt()).isEqualTo(3);
        assertThat(page.json().get("page").get("nextCursor").isString()).isTrue();
    }

    @Test
    void humansAreFilteredByStatusTypeAndText() {
        agent.post("/api/humans", """
                {"firstName": "Ada", "lastName": "Lovelace", "status": "active", "types": ["trainer"],
                 "emails": [{"email": "ada@example.com"}]}""").send().expectStatus(201);
        Humans.create(agent, "Grace", "Hopper");

        assertThat(agent.get("/api/humans?status=active").send().data()).hasSize(1);
        assertThat(agent.get("/api/humans?type=trainer").send().data()).hasSize(1);
        assertThat(agent.get("/api/humans?type=client&status=open").send().data()).hasSize(1);
        assertThat(agent.get("/api/humans?q=hopp").send().data()).extracting(human -> human.get("lastName").asString())
                .containsExactly("Hopper");
    }

    @Test
    void aCursorOnlyWorksWithTheSortItCameFrom() {
        List.of("Ada", "Grace").forEach(name -> Humans.create(agent, name, "Pioneer"));
        String cursor = agent.get("/api/humans?limit=1").send().json().get("page").get("nextCursor").asString();

        agent.get("/api/humans?sort=lastName&cursor=" + cursor).send().expectProblem(400, "MALFORMED_REQUEST");
        agent.get("/api/humans?cursor=bm90IGEgY3Vyc29y").send().expectProblem(400, "MALFORMED_REQUEST");
        agent.get("/api/humans?cursor=%25%25%25").send().expectProblem(400, "MALFORMED_REQUEST");
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=201", "limit=-1", "limit=abc", "limit=99999999999999999999", "limit=1.5"})
    void aLimitOutsideOneTo200IsRefused(String query) {
        ApiResponse refused = agent.get("/api/humans?" + query).offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).containsOnlyKeys("limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"status=gone", "type=pilot", "sort=firstName", "sort=--createdAt", "count=yes"})
    void unknownFilterAndSortValuesAreRefusedByName(String query) {
        ApiResponse refused = agent.get("/api/humans?" + query).offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).containsOnlyKeys(query.substring(0, query.indexOf('=')));
    }

    @Test
    void changingAHumanChangesOnlyTheFieldsItNames() {
        String id = agent.post("/api/humans", """
                {"firstName": "Ada", "middleName": "King", "lastName": "Byron", "types": ["client"],
                 "emails": [{"email": "ada@example.com"}]}""").send().id();

        ApiResponse changed = agent.patch("/api/humans/" + id, """
                {"lastName": "Lovelace", "middleName": null, "status": "closed", "types": ["trainer", "client"]}""")
                .ifMatch("\"1\"").send().expectStatus(200);

        JsonNode human = changed.data();
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        assertThat(human.get("firstName").asString()).isEqualTo("Ada");
        assertThat(human.get("middleName").isNull()).isTrue();
        assertThat(human.get("lastName").asString()).isEqualTo("Lovelace");
        assertThat(human.get("status").asString()).isEqualTo("closed");
        assertThat(human.get("types")).extracting(JsonNode::asString).containsExactly("client", "trainer");
        assertThat(human.get("emails")).hasSize(1);
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefused() {
        String id = Humans.createId(agent);
        agent.patch("/api/humans/" + id, Map.of("firstName", "Amazing")).send().expectStatus(200);

        agent.patch("/api/humans/" + id, Map.of("firstName", "Admiral")).ifMatch("\"1\"").send()
                .expectProblem(412, "VERSION_MISMATCH");
        api.as(Role.ADMIN).delete("/api/humans/" + id).ifMatch("\"1\"").send().expectProblem(412, "VERSION_MISMATCH");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2\"", "W/\"2\"", "2", "*"})
    void ifMatchTakesQuotedWeakBareOrAnyVersion(String ifMatch) {
        String id = Humans.createId(agent);
        agent.patch("/api/humans/" + id, Map.of("firstName", "Amazing")).send().expectStatus(200);

        agent.patch("/api/humans/" + id, Map.of("firstName", "Admiral")).ifMatch(ifMatch).send().expectStatus(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "\"1\", \"2\"", "99999999999", "W/"})
    void aMalformedIfMatchIsRefused(String ifMatch) {
        String id = Humans.createId(agent);

        agent.patch("/api/humans/" + id, Map.of("firstName", "Admiral")).ifMatch(ifMatch).send()
                .expectProblem(400, "MALFORMED_REQUEST");
    }

    @ParameterizedTest
    @ValueSource(strings = {"firstName", "lastName", "status", "types"})
    void aFieldAHumanCannotBeWithoutCannotBeCleared(String field) {
        String id = Humans.createId(agent);

        ApiResponse refused = agent.patch("/api/humans/" + id, "{\"" + field + "\": null}").offContract().send()
                .expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).containsOnlyKeys(field);
    }

    @Test
    void changingAnUnknownHumanIsNotFound() {
        agent.patch("/api/humans/" + UUID.randomUUID(), Map.of("firstName", "Ada")).send()
                .expectProblem(404, "HUMAN_NOT_FOUND");
    }

    @Test
    void deletingAHumanNeedsAnAdmin() {
        String id = Humans.createId(agent);

        agent.delete("/api/humans/" + id).send().expectProblem(403, "FORBIDDEN");
    }

    @Test
    void anAdminDeletesAHuman() {
        String id = Humans.createId(agent);
        ApiClient admin = api.as(Role.ADMIN);

        admin.delete("/api/humans/" + id).ifMatch("\"1\"").send().expectStatus(204);

        admin.get("/api/humans/" + id).send().expectProblem(404, "HUMAN_NOT_FOUND");
        admin.delete("/api/humans/" + id).send().expectProblem(404, "HUMAN_NOT_FOUND");
    }

    @Test
    void aNewHumanNeedsNamesTypesAndAnEmail() {
        ApiResponse refused = agent.post("/api/humans", "{}").offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).containsOnlyKeys("firstName", "lastName", "types", "emails");
    }

    @Test
    void problemsInsideListsAreReportedByTheirPath() {
        ApiResponse refused = agent.post("/api/humans", """
                {"firstName": "Ada", "lastName": "Lovelace", "types": ["client", null],
                 "emails": [{"email": "ada@example.com"}, {"email": " "}], "phones": [null]}""")
                .offContract().send().expectProblem(422, "VALIDATION_FAILED");

        // Null entries are the wrong shape: refused first, all together, before any rule is looked at.
        assertThat(refused.fieldErrors()).containsOnlyKeys("types[1]", "phones[0]");
    }

    @Test
    void everyBrokenRuleOfANewHumanIsReportedAtOnceEachFieldOnce() {
        ApiResponse refused = agent.post("/api/humans", """
                {"firstName": "", "types": ["client", "pilot"], "status": "gone",
                 "emails": [{"email": "x", "label": "Nope"}, {"email": "ada@example.com"}, {"email": "ADA@example.com"}],
                 "phones": [{"number": "+44 20 7946 0000"}, {"number": "0044 (20) 7946-0000"}]}""")
                .offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).containsOnlyKeys("firstName", "lastName", "types[1]", "status",
                "emails[0].email", "emails[0].label", "emails[2].email", "phones[1].number");
        assertThat(refused.fieldErrors().values()).allSatisfy(problems -> assertThat(problems).hasSize(1));
    }

    @Test
    void theDomainsRulesAreReportedByPathToo() {
        agent.post("/api/humans", """
                {"firstName": "Ada", "lastName": "Lovelace", "types": ["client"], "emails": [{"email": "not-an-email"}]}""")
                .offContract().send().expectProblem(422, "VALIDATION_FAILED");
        ApiResponse badType = agent.post("/api/humans", """
                {"firstName": "Ada", "lastName": "Lovelace", "types": ["client", "pilot"], "emails": [{"email": "a@example.com"}]}""")
                .offContract().send().expectProblem(422, "VALIDATION_FAILED");
        ApiResponse badLabel = agent.post("/api/humans", """
                {"firstName": "Ada", "lastName": "Lovelace", "types": ["client"],
                 "emails": [{"email": "a@example.com", "label": "Secret"}]}""")
                .send().expectProblem(422, "VALIDATION_FAILED");
        ApiResponse badStatus = agent.post("/api/humans", """
                {"firstName": "Ada", "lastName": "Lovelace", "status": "asleep", "types": ["client"],
                 "emails": [{"email": "a@example.com"}]}""")
                .offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(badType.fieldErrors()).containsOnlyKeys("types[1]");
        assertThat(badLabel.fieldErrors()).containsOnlyKeys("emails[0].label");
        assertThat(badStatus.fieldErrors()).containsOnlyKeys("status");
    }

    @Test
    void anUnknownFieldIsRefusedEvenDeepInside() {
        ApiResponse refused = agent.post("/api/humans", """
                {"firstName": "Ada", "lastName": "Lovelace", "types": ["client"],
                 "emails": [{"email": "a@example.com", "primary": true}]}""")
                .offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).isEqualTo(Map.of("emails[0].primary", List.of("is not a known field")));
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedByPath() {
        ApiResponse refused = agent.post("/api/humans", """
                {"firstName": "Ada", "lastName": "Lovelace", "types": ["client"],
                 "emails": [{"email": "a@example.com", "isPrimary": "yes"}]}""")
                .offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).isEqualTo(Map.of("emails[0].isPrimary", List.of("must be true or false")));
    }
}

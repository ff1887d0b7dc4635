package com.humanscrm.adapters.http.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.lookup.LookupList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class AccountRoutesTest {

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();
    private final ApiClient agent = api.as(Role.AGENT);
    private final String broker = seeded(LookupList.ACCOUNT_TYPES, "Flight Broker");
    private final String services = seeded(LookupList.ACCOUNT_TYPES, "Pet Services");

    @Test
    void creatingAnAccountAnswersWithTheRecordWhereItLivesAndItsVersion() {
        ApiResponse created = agent.post("/api/accounts", """
                {"name": "Skyward Pet Flights", "status": "active", "typeIds": ["%s", "%s"],
                 "emails": [{"email": "desk@skyward.test", "label": "Billing"}],
                 "phones": [{"number": "+44 20 7946 0100", "label": "Fax", "hasWhatsapp": true}]}
                """.formatted(services, broker)).send().expectStatus(201);

        JsonNode account = created.data();
        assertThat(created.header("Location")).isEqualTo("/api/accounts/" + created.id());
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(account.get("name").asString()).isEqualTo("Skyward Pet Flights");
        assertThat(account.get("status").asString()).isEqualTo("active");
        assertThat(account.get("types")).extracting(type -> type.get("name").asString())
                .containsExactly("Flight Broker", "Pet Services");
        assertThat(account.get("types").get(0).get("id").asString()).isEqualTo(broker);
        assertThat(account.get("emails").get(0).get("label").asString()).isEqualTo("Billing");
        assertThat(account.get("emails").get(0).get("isPrimary").asBoolean()).isTrue();
        assertThat(account.get("phones").get(0).get("hasWhatsapp").asBoolean()).isTrue();
    }

    @Test
    void anAccountReadsBackAsCreatedAndNeedsOnlyAName() {
        ApiResponse created = create("Paws & Wings");

        ApiResponse read = api.as(Role.VIEWER).get("/api/accounts/" + created.id()).send().expectStatus(200);

        assertThat(read.record()).isEqualTo(created.data());
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.data().get("status").asString()).isEqualTo("open");
        assertThat(read.data().get("types")).isEmpty();
        assertThat(read.data().get("emails")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "1-2-3-4-5"})
    void anUnknownAccountIsNotFound(String id) {
        agent.get("/api/accounts/" + UUID.randomUUID()).send().expectProblem(404, "ACCOUNT_NOT_FOUND");
        agent.get("/api/accounts/" + id).offContract().send().expectProblem(404, "ACCOUNT_NOT_FOUND");
        agent.patch("/api/accounts/" + UUID.randomUUID(), "{\"name\": \"Paws\"}").send().expectProblem(404, "ACCOUNT_NOT_FOUND");
        api.as(Role.ADMIN).delete("/api/accounts/" + UUID.randomUUID()).send().expectProblem(404, "ACCOUNT_NOT_FOUND");
    }

    @Test
    void everyBrokenRuleOfANewAccountIsReportedAtOnce() {
        String humanLabel = seeded(LookupList.HUMAN_EMAIL_LABELS, "Work");

        ApiResponse refused = agent.post("/api/accounts", """
                {"name": " ", "status": "dormant", "typeIds": ["%s", "%s"],
                 "emails": [{"email": "not an address", "label": "Work"}], "phones": [{"number": ""}]}
                """.formatted(broker, humanLabel)).offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).containsOnlyKeys("name", "status", "typeIds[1]", "emails[0].email",
                "emails[0].label", "phones[0].number");
        assertThat(refused.fieldErrors().get("typeIds[1]")).containsExactly("must be the id of an item of the account-types list");
        assertThat(agent.get("/api/accounts").send().expectStatus(200).data()).isEmpty();
    }

    @Test
    void aTypeIdThatIsNotAUuidOrTooManyTypesAreRefusedByPath() {
        ApiResponse notUuid = agent.post("/api/accounts", "{\"name\": \"Paws\", \"typeIds\": [\"Pet Services\"]}")
                .offContract().send().expectProblem(422, "VALIDATION_FAILED");
        String many = String.join(",", java.util.Collections.nCopies(21, "\"" + broker + "\""));
        ApiResponse tooMany = agent.post("/api/accounts", "{\"name\": \"Paws\", \"typeIds\": [" + many + "]}")
                .offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(notUuid.fieldErrors()).containsOnlyKeys("typeIds[0]");
        assertThat(tooMany.fieldErrors()).containsEntry("typeIds", List.of("must hold at most 20 types"));
    }

    @Test
    void aViewerCannotCreateChangeOrDeleteAndAnAgentCannotDelete() {
        String id = create("Paws").id();
        ApiClient viewer = api.as(Role.VIEWER);

        viewer.post("/api/accounts", "{\"name\": \"Skyward\"}").send().expectProblem(403, "FORBIDDEN");
        viewer.patch("/api/accounts/" + id, "{\"name\": \"Skyward\"}").send().expectProblem(403, "FORBIDDEN");
        agent.delete("/api/accounts/" + id).send().expectProblem(403, "FORBIDDEN");
        api.as(Role.MANAGER).delete("/api/accounts/" + id).send().expectProblem(403, "FORBIDDEN");
        assertThat(viewer.get("/api/accounts/" + id).send().expectStatus(200).data().get("name").asString()).isEqualTo("Paws");
    }

    @Test
    void changingAnAccountChangesOnlyWhatItNamesAndNullRemovesTheTypes() {
        String id = agent.post("/api/accounts", "{\"name\": \"Paws\", \"typeIds\": [\"" + broker + "\"]}")
                .send().expectStatus(201).id();

        ApiResponse renamed = agent.patch("/api/accounts/" + id, "{\"name\": \"Paws & Wings\", \"status\": \"closed\"}")
                .ifMatch("\"1\"").send().expectStatus(200);
        ApiResponse untyped = agent.patch("/api/accounts/" + id, "{\"typeIds\": null}").send().expectStatus(200);

        assertThat(renamed.header("ETag")).isEqualTo("\"2\"");
        assertThat(renamed.data().get("status").asString()).isEqualTo("closed");
        assertThat(renamed.data().get("types")).hasSize(1);
        assertThat(untyped.data().get("types")).isEmpty();
        assertThat(untyped.data().get("name").asString()).isEqualTo("Paws & Wings");
    }

    @Test
    void aChangeOrDeleteFromAnOldVersionIsRefusedAndNameAndStatusCannotBeCleared() {
        String id = create("Paws").id();
        agent.patch("/api/accounts/" + id, "{\"name\": \"Paws 2\"}").send().expectStatus(200);

        agent.patch("/api/accounts/" + id, "{\"name\": \"Paws 3\"}").ifMatch("\"1\"").send().expectProblem(412, "VERSION_MISMATCH");
        api.as(Role.ADMIN).delete("/api/accounts/" + id).ifMatch("\"1\"").send().expectProblem(412, "VERSION_MISMATCH");
        ApiResponse cleared = agent.patch("/api/accounts/" + id, "{\"name\": null, \"status\": null}").offContract().send()
                .expectProblem(422, "VALIDATION_FAILED");
        assertThat(cleared.fieldErrors()).containsOnlyKeys("name", "status");
    }

    @Test
    void anAdminDeletesAnAccountOnce() {
        String id = create("Paws").id();
        ApiClient admin = api.as(Role.ADMIN);

        admin.delete("/api/accounts/" + id).ifMatch("\"1\"").send().expectStatus(204);

        agent.get("/api/accounts/" + id).send().expectProblem(404, "ACCOUNT_NOT_FOUND");
        admin.delete("/api/accounts/" + id).send().expectProblem(404, "ACCOUNT_NOT_FOUND");
    }

    @Test
    void anEmptyListIsAnEmptyPage() {
        ApiResponse list = agent.get("/api/accounts?count=true").send().expectStatus(200);

        assertThat(list.data()).isEmpty();
        assertThat(list.json().get("page")).hasToString("{\"limit\":50,\"nextCursor\":null,\"total\":0}");
    }

    @Test
    void pagesSortedByNameHoldEveryAccountOnceWithItsSummary() {
        List.of("Skyward", "Paws", "Aero Pets", "Kennel Air", "Jet Tails").forEach(this::create);

        List<JsonNode> seen = agent.listAll("/api/accounts?sort=name", 2);

        assertThat(seen).extracting(account -> account.get("name").asString())
                .containsExactly("Aero Pets", "Jet Tails", "Kennel Air", "Paws", "Skyward");
        assertThat(seen.getFirst().get("primaryEmail").isNull()).isTrue();
    }

    @Test
    void accountsAreFilteredByStatusTypeAndText() {
        String typed = agent.post("/api/accounts", """
                {"name": "Skyward", "status": "active", "typeIds": ["%s"], "emails": [{"email": "desk@skyward.test"}]}
                """.formatted(broker)).send().expectStatus(201).id();
        create("Paws");

        assertThat(ids("/api/accounts?status=active")).containsExactly(typed);
        assertThat(ids("/api/accounts?typeId=" + broker)).containsExactly(typed);
        assertThat(ids("/api/accounts?typeId=" + services)).isEmpty();
        assertThat(ids("/api/accounts?q=DESK@sky")).containsExactly(typed);
        assertThat(ids("/api/accounts?q=paws")).hasSize(1).doesNotContain(typed);
        assertThat(agent.get("/api/accounts?sort=-name").send().expectStatus(200).data().get(0).get("name").asString())
                .isEqualTo("Skyward");
    }

    @ParameterizedTest
    @ValueSource(strings = {"status=dormant", "typeId=broker", "sort=lastName"})
    void unknownFilterAndSortValuesAreRefusedByName(String query) {
        ApiResponse refused = agent.get("/api/accounts?" + query).offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).containsOnlyKeys(query.substring(0, query.indexOf('=')));
    }

    @Test
    void anAccountsEmailsAndPhonesAreSubResourcesLabelledFromTheAccountLists() {
        String id = create("Skyward").id();

        ApiResponse email = agent.post("/api/accounts/" + id + "/emails", "{\"email\": \"desk@skyward.test\", \"label\": \"Support\"}")
                .send().expectStatus(201);
        agent.post("/api/accounts/" + id + "/phone-numbers", "{\"number\": \"+44 1\", \"label\": \"Mobile\"}")
                .send().expectProblem(422, "VALIDATION_FAILED");
        agent.post("/api/accounts/" + UUID.randomUUID() + "/emails", "{\"email\": \"x@y.test\"}")
                .send().expectProblem(404, "ACCOUNT_NOT_FOUND");

        assertThat(email.header("Location")).isEqualTo("/api/accounts/" + id + "/emails/" + email.id());
        assertThat(email.data().get("isPrimary").asBoolean()).isTrue();
        JsonNode account = agent.get("/api/accounts/" + id).send().expectStatus(200).data();
        assertThat(account.get("emails").get(0).get("label").asString()).isEqualTo("Support");
        assertThat(account.get("version").asInt()).isEqualTo(2);
        agent.delete("/api/accounts/" + id + "/emails/" + email.id()).ifMatch("\"2\"").send().expectStatus(204);
    }

    @Test
    void aHumanIsLinkedInARoleShownInTheAccountAndNotTwiceInTheSameRole() {
        String id = create("Skyward").id();
        String ada = human("ada@example.com");
        String director = seeded(LookupList.ACCOUNT_HUMAN_ROLES, "Director");
        String brokerRole = seeded(LookupList.ACCOUNT_HUMAN_ROLES, "Broker");

        ApiResponse linked = agent.post("/api/accounts/" + id + "/humans",
                "{\"humanId\": \"" + ada + "\", \"roleId\": \"" + director + "\"}").send().expectStatus(201);
        agent.post("/api/accounts/" + id + "/humans", "{\"humanId\": \"" + ada + "\", \"roleId\": \"" + director + "\"}")
                .send().expectProblem(409, "ALREADY_LINKED");
        agent.post("/api/accounts/" + id + "/humans", "{\"humanId\": \"" + ada + "\", \"roleId\": \"" + brokerRole + "\"}")
                .send().expectStatus(201);

        assertThat(linked.header("Location")).isEqualTo("/api/accounts/" + id + "/humans/" + linked.id());
        assertThat(linked.data().get("humanId").asString()).isEqualTo(ada);
        assertThat(linked.data().get("role").get("name").asString()).isEqualTo("Director");
        ApiResponse account = agent.get("/api/accounts/" + id).send().expectStatus(200);
        assertThat(account.data().get("humans")).extracting(link -> link.get("role").get("name").asString())
                .containsExactly("Director", "Broker");
        assertThat(account.header("ETag")).isEqualTo("\"3\"");
    }

    @Test
    void anUnknownHumanOrRoleIsRefusedByFieldAndAnUnknownAccountOrLinkIsNotFound() {
        String id = create("Skyward").id();
        String ada = human("ada@example.com");
        String typeNotRole = broker;
        String director = seeded(LookupList.ACCOUNT_HUMAN_ROLES, "Director");

        ApiResponse refused = agent.post("/api/accounts/" + id + "/humans",
                "{\"humanId\": \"" + UUID.randomUUID() + "\", \"roleId\": \"" + typeNotRole + "\"}").send()
                .expectProblem(422, "VALIDATION_FAILED");
        ApiResponse missing = agent.post("/api/accounts/" + id + "/humans", "{}").offContract().send()
                .expectProblem(422, "VALIDATION_FAILED");
        agent.post("/api/accounts/" + UUID.randomUUID() + "/humans", "{\"humanId\": \"" + ada + "\", \"roleId\": \""
                + director + "\"}").send().expectProblem(404, "ACCOUNT_NOT_FOUND");
        agent.patch("/api/accounts/" + id + "/humans/" + UUID.randomUUID(), "{\"roleId\": \"" + director + "\"}").send()
                .expectProblem(404, "ACCOUNT_LINK_NOT_FOUND");
        agent.delete("/api/accounts/" + id + "/humans/not-a-link").offContract().send().expectProblem(404, "ACCOUNT_LINK_NOT_FOUND");
        api.as(Role.VIEWER).post("/api/accounts/" + id + "/humans", "{\"humanId\": \"" + ada + "\", \"roleId\": \""
                + director + "\"}").send().expectProblem(403, "FORBIDDEN");

        assertThat(refused.fieldErrors()).containsOnlyKeys("humanId", "roleId");
        assertThat(missing.fieldErrors()).containsOnlyKeys("humanId", "roleId");
    }

    @Test
    void aLinkChangesItsRoleWithTheAccountsVersionAndIsRemoved() {
        String id = create("Skyward").id();
        String director = seeded(LookupList.ACCOUNT_HUMAN_ROLES, "Director");
        String link = agent.post("/api/accounts/" + id + "/humans",
                "{\"humanId\": \"" + human("ada@example.com") + "\", \"roleId\": \"" + director + "\"}").send()
                .expectStatus(201).id();
        String roleBroker = seeded(LookupList.ACCOUNT_HUMAN_ROLES, "Broker");

        agent.patch("/api/accounts/" + id + "/humans/" + link, "{\"roleId\": \"" + roleBroker + "\"}").ifMatch("\"1\"")
                .send().expectProblem(412, "VERSION_MISMATCH");
        ApiResponse changed = agent.patch("/api/accounts/" + id + "/humans/" + link, "{\"roleId\": \"" + roleBroker + "\"}")
                .ifMatch("\"2\"").send().expectStatus(200);
        agent.delete("/api/accounts/" + id + "/humans/" + link).ifMatch("\"3\"").send().expectStatus(204);

        assertThat(changed.data().get("role").get("name").asString()).isEqualTo("Broker");
        assertThat(agent.get("/api/accounts/" + id).send().expectStatus(200).data().get("humans")).isEmpty();
    }

    private String human(String email) {
        return agent.post("/api/humans", """
                {"firstName": "Ada", "lastName": "Lovelace", "types": ["client"], "emails": [{"email": "%s"}]}
                """.formatted(email)).send().expectStatus(201).id();
    }

    private ApiResponse create(String name) {
        return agent.post("/api/accounts", "{\"name\": \"" + name + "\"}").send().expectStatus(201);
    }

    private List<String> ids(String path) {
        return agent.get(path).send().expectStatus(200).data().valueStream().map(account -> account.get("id").asString()).toList();
    }

    private String seeded(LookupList list, String name) {
        return api.crm.lookups.findByName(list, name).orElseThrow().id().toString();
    }
}

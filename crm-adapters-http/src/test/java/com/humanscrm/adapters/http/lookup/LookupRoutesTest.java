package com.humanscrm.adapters.http.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.shared.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LookupRoutesTest {

    private static final String EMAIL_LABELS = "/api/lookup-lists/human-email-labels/items";

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();
    private final ApiClient admin = api.as(Role.ADMIN);

    @Test
    void everyoneSeesTheSixLists() {
        ApiResponse lists = api.as(Role.VIEWER).get("/api/lookup-lists").send().expectStatus(200);

        assertThat(lists.data()).extracting(list -> list.get("slug").asString()).containsExactly(
                "account-types", "account-human-roles", "account-email-labels", "account-phone-labels",
                "human-email-labels", "human-phone-labels");
        assertThat(lists.data().get(4).get("name").asString()).isEqualTo("Human email labels");
    }

    @Test
    void aListShowsItsItemsInCreationOrder() {
        ApiResponse items = api.as(Role.VIEWER).get(EMAIL_LABELS + "?count=true").send().expectStatus(200);

        assertThat(names(items.data())).containsExactly("Work", "Personal", "Other");
        assertThat(items.json().get("page").get("total").asInt()).isEqualTo(3);
    }

    @Test
    void pagesTogetherHoldEveryItemExactlyOnce() {
        List.of("Assistant", "Owner", "Partner").forEach(name ->
                admin.post("/api/lookup-lists/account-human-roles/items", Map.of("name", name)).send().expectStatus(201));

        assertThat(names(admin.listAll("/api/lookup-lists/account-human-roles/items", 2)))
                .containsExactly("Director", "Broker", "Assistant", "Owner", "Partner");
    }

    @Test
    void anUnknownListIsNotFound() {
        admin.get("/api/lookup-lists/pet-names/items").offContract().send().expectProblem(404, "LOOKUP_LIST_NOT_FOUND");
        admin.post("/api/lookup-lists/pet-names/items", Map.of("name", "Rex")).offContract().send()
                .expectProblem(404, "LOOKUP_LIST_NOT_FOUND");
    }

    @Test
    void anAdminAddsRenamesAndRemovesAnItem() {
        ApiResponse added = admin.post(EMAIL_LABELS, Map.of("name", "School")).send().expectStatus(201);
        String item = EMAIL_LABELS + "/" + added.id();
        assertThat(added.header("Location")).isEqualTo(item);
        assertThat(added.header("ETag")).isEqualTo("\"1\"");

        ApiResponse renamed = admin.patch(item, Map.of("name", "University")).ifMatch("\"1\"").send().expectStatus(200);
        assertThat(renamed.data().get("name").asString()).isEqualTo("University");
        assertThat(renamed.header("ETag")).isEqualTo("\"2\"");

        admin.delete(item).ifMatch("\"2\"").send().expectStatus(204);
        assertThat(names(admin.get(EMAIL_LABELS).send().data())).doesNotContain("University");
    }

    @Test
    void aNameTheListHasIsADuplicate() {
        admin.post(EMAIL_LABELS, Map.of("name", "work")).send().expectProblem(409, "DUPLICATE");
        String other = itemId("Other");
        admin.patch(EMAIL_LABELS + "/" + other, Map.of("name", "Personal")).send().expectProblem(409, "DUPLICATE");
    }

    @Test
    void anItemInUseCannotBeRemoved() {
        api.as(Role.AGENT).post("/api/humans", """
                {"firstName": "Ada", "lastName": "Lovelace", "types": ["client"],
                 "emails": [{"email": "ada@example.com", "label": "Work"}]}""").send().expectStatus(201);

        admin.delete(EMAIL_LABELS + "/" + itemId("Work")).send().expectProblem(409, "IN_USE");
    }

    @Test
    void aStaleVersionIsRefused() {
        String item = EMAIL_LABELS + "/" + itemId("Other");
        admin.patch(item, Map.of("name", "Elsewhere")).send().expectStatus(200);

        admin.patch(item, Map.of("name", "Anywhere")).ifMatch("\"1\"").send().expectProblem(412, "VERSION_MISMATCH");
        admin.delete(item).ifMatch("W/\"1\"").send().expectProblem(412, "VERSION_MISMATCH");
    }

    @Test
    void anItemOfAnotherListIsNotFoundInThisOne() {
        String work = itemId("Work");

        admin.delete("/api/lookup-lists/human-phone-labels/items/" + work).send().expectProblem(404, "LOOKUP_ITEM_NOT_FOUND");
        admin.delete(EMAIL_LABELS + "/" + UUID.randomUUID()).send().expectProblem(404, "LOOKUP_ITEM_NOT_FOUND");
        admin.delete(EMAIL_LABELS + "/work").offContract().send().expectProblem(404, "LOOKUP_ITEM_NOT_FOUND");
    }

    @Test
    void managingListsNeedsAnAdmin() {
        ApiClient manager = api.as(Role.MANAGER);
        String item = EMAIL_LABELS + "/" + itemId("Other");

        manager.post(EMAIL_LABELS, Map.of("name", "School")).send().expectProblem(403, "FORBIDDEN");
        manager.patch(item, Map.of("name", "School")).send().expectProblem(403, "FORBIDDEN");
        manager.delete(item).send().expectProblem(403, "FORBIDDEN");
    }

    @Test
    void anItemNeedsAName() {
        ApiResponse blank = admin.post(EMAIL_LABELS, Map.of("name", "  ")).send().expectProblem(422, "VALIDATION_FAILED");
        ApiResponse tooLong = admin.post(EMAIL_LABELS, Map.of("name", "x".repeat(101))).offContract().send()
                .expectProblem(422, "VALIDATION_FAILED");
        ApiResponse cleared = admin.patch(EMAIL_LABELS + "/" + itemId("Other"), "{\"name\": null}").offContract().send()
                .expectProblem(422, "VALIDATION_FAILED");

        assertThat(List.of(blank, tooLong, cleared)).allSatisfy(refused -> assertThat(refused.fieldErrors()).containsOnlyKeys("name"));
    }

    @Test
    void aNameBreakingSeveralRulesIsReportedOnce() {
        String broken = "{\"name\": \"\\u0007" + "x".repeat(101) + "\"}";
        ApiResponse added = admin.post(EMAIL_LABELS, broken).offContract().send().expectProblem(422, "VALIDATION_FAILED");
        ApiResponse renamed = admin.patch(EMAIL_LABELS + "/" + itemId("Other"), broken).offContract().send()
                .expectProblem(422, "VALIDATION_FAILED");

        // The name is all an item has, so one field: reported once, with the first rule it broke.
        assertThat(List.of(added, renamed)).allSatisfy(refused ->
                assertThat(refused.fieldErrors()).containsExactly(Map.entry("name", List.of(Checks.UNSTORABLE_TEXT))));
    }

    private String itemId(String name) {
        for (JsonNode item : admin.get(EMAIL_LABELS).send().data()) {
            if (item.get("name").asString().equals(name)) {
                return item.get("id").asString();
            }
        }
        throw new AssertionError("no item " + name);
    }

    private static List<String> names(Iterable<JsonNode> items) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.get("name").asString()));
        return names;
    }
}

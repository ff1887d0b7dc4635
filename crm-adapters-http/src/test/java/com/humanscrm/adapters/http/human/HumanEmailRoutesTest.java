package com.humanscrm.adapters.http.human;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.domain.colleague.Role;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HumanEmailRoutesTest {

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();
    private final ApiClient agent = api.as(Role.AGENT);
    private final String humanId = Humans.createId(agent);
    private final String emails = "/api/humans/" + humanId + "/emails";

    @Test
    void anAddedPrimaryEmailBecomesTheOnlyPrimary() {
        ApiResponse added = agent.post(emails, Map.of("email", "grace@example.org", "label", "Work", "isPrimary", true))
                .send().expectStatus(201);

        assertThat(added.header("Location")).isEqualTo(emails + "/" + added.id());
        assertThat(added.data().get("label").asString()).isEqualTo("Work");
        assertThat(primaryFlags()).isEqualTo(Map.of("grace@example.com", false, "grace@example.org", true));
    }

    @Test
    void anEmailIsChangedFieldByField() {
        String emailId = agent.post(emails, Map.of("email", "grace@example.org", "label", "Work")).send().id();

        agent.patch(emails + "/" + emailId, Map.of("isPrimary", true)).send().expectStatus(200);
        ApiResponse cleared = agent.patch(emails + "/" + emailId, "{\"label\": null}").send().expectStatus(200);

        assertThat(cleared.data().get("label").isNull()).isTrue();
        assertThat(cleared.data().get("email").asString()).isEqualTo("grace@example.org");
        assertThat(primaryFlags()).isEqualTo(Map.of("grace@example.com", false, "grace@example.org", true));
    }

    @Test
    void anEmailsAddressCanBeCorrectedKeepingItsLabel() {
        String emailId = agent.post(emails, Map.of("email", "grace@exmaple.org", "label", "Work")).send().id();

        ApiResponse corrected = agent.patch(emails + "/" + emailId, Map.of("email", "grace@example.org")).send()
                .expectStatus(200);

        assertThat(corrected.data().get("email").asString()).isEqualTo("grace@example.org");
        assertThat(corrected.data().get("label").asString()).isEqualTo("Work");
    }

    @Test
    void removingThePrimaryEmailPromotesTheOldestOther() {
        String emailId = agent.post(emails, Map.of("email", "grace@example.org", "isPrimary", true)).send().id();

        agent.delete(emails + "/" + emailId).send().expectStatus(204);

        assertThat(primaryFlags()).isEqualTo(Map.of("grace@example.com", true));
    }

    @Test
    void anAddressTheHumanHasAlreadyIsADuplicate() {
        agent.post(emails, Map.of("email", "GRACE@example.com")).send().expectProblem(409, "DUPLICATE");
    }

    @Test
    void aLabelMustComeFromTheHumanEmailLabels() {
        ApiResponse refused = agent.post(emails, Map.of("email", "grace@example.org", "label", "Fax"))
                .send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).containsOnlyKeys("label");
    }

    @Test
    void anAddressCannotBeCleared() {
        String emailId = agent.post(emails, Map.of("email", "grace@example.org")).send().id();

        // A null boolean is a body of the wrong shape, refused before any rule; a null address breaks a rule.
        ApiResponse wrongShape = agent.patch(emails + "/" + emailId, "{\"email\": null, \"isPrimary\": null}")
                .offContract().send().expectProblem(422, "VALIDATION_FAILED");
        ApiResponse noAddress = agent.patch(emails + "/" + emailId, "{\"email\": null, \"label\": \"Nope\"}")
                .offContract().send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(wrongShape.fieldErrors()).containsOnlyKeys("isPrimary");
        assertThat(noAddress.fieldErrors()).containsOnlyKeys("email", "label");
    }

    @Test
    void unknownAndMalformedEmailIdsAreNotFound() {
        agent.patch(emails + "/" + UUID.randomUUID(), Map.of("isPrimary", true)).send().expectProblem(404, "EMAIL_NOT_FOUND");
        agent.delete(emails + "/" + UUID.randomUUID()).send().expectProblem(404, "EMAIL_NOT_FOUND");
        agent.delete(emails + "/42").offContract().send().expectProblem(404, "EMAIL_NOT_FOUND");
    }

    @Test
    void anUnknownHumanHasNoEmails() {
        agent.post("/api/humans/" + UUID.randomUUID() + "/emails", Map.of("email", "x@example.com"))
                .send().expectProblem(404, "HUMAN_NOT_FOUND");
    }

    @Test
    void aViewerCannotTouchEmails() {
        ApiClient viewer = api.as(Role.VIEWER);
        String emailId = agent.post(emails, Map.of("email", "grace@example.org")).send().id();

        viewer.post(emails, Map.of("email", "x@example.com")).send().expectProblem(403, "FORBIDDEN");
        viewer.patch(emails + "/" + emailId, Map.of("isPrimary", true)).send().expectProblem(403, "FORBIDDEN");
        viewer.delete(emails + "/" + emailId).send().expectProblem(403, "FORBIDDEN");
    }

    private Map<String, Boolean> primaryFlags() {
        JsonNode human = agent.get("/api/humans/" + humanId).send().data();
        Map<String, Boolean> flags = new HashMap<>();
        human.get("emails").forEach(email -> flags.put(email.get("email").asString(), email.get("isPrimary").asBoolean()));
        return flags;
    }

    @Test
    void ifMatchOnAnEmailIsTheHumansVersion() {
        String emailId = agent.post(emails, Map.of("email", "grace@example.org")).send().id();
        String email = emails + "/" + emailId;

        agent.patch(email, Map.of("isPrimary", true)).ifMatch("\"1\"").send().expectProblem(412, "VERSION_MISMATCH");
        agent.patch(email, Map.of("isPrimary", true)).ifMatch("\"2\"").send().expectStatus(200);
        agent.delete(email).ifMatch("\"2\"").send().expectProblem(412, "VERSION_MISMATCH");
        agent.delete(email).ifMatch("\"3\"").send().expectStatus(204);
    }

}

package com.humanscrm.adapters.http.human;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.testing.ApiClient;
import com.humanscrm.adapters.http.testing.ApiResponse;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.domain.colleague.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class HumanPhoneRoutesTest {

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();
    private final ApiClient agent = api.as(Role.AGENT);
    private final String humanId = Humans.createId(agent);
    private final String phones = "/api/humans/" + humanId + "/phone-numbers";

    @Test
    void theFirstPhoneNumberIsPrimary() {
        ApiResponse added = agent.post(phones, Map.of("number", "+1 555 0100", "label", "Mobile", "hasWhatsapp", true))
                .send().expectStatus(201);

        assertThat(added.header("Location")).isEqualTo(phones + "/" + added.id());
        assertThat(added.data().get("isPrimary").asBoolean()).isTrue();
        assertThat(added.data().get("hasWhatsapp").asBoolean()).isTrue();
        assertThat(agent.get("/api/humans/" + humanId).send().data().get("phones")).hasSize(1);
    }

    @Test
    void aPhoneNumberIsChangedFieldByField() {
        String phoneId = agent.post(phones, Map.of("number", "+1 555 0100", "label", "Home")).send().id();

        ApiResponse changed = agent.patch(phones + "/" + phoneId, "{\"hasWhatsapp\": true, \"label\": null}")
                .send().expectStatus(200);

        assertThat(changed.data().get("number").asString()).isEqualTo("+1 555 0100");
        assertThat(changed.data().get("hasWhatsapp").asBoolean()).isTrue();
        assertThat(changed.data().get("label").isNull()).isTrue();
    }

    @Test
    void aPhoneNumberCanBeCorrectedKeepingWhetherItHasWhatsapp() {
        String phoneId = agent.post(phones, Map.of("number", "+1 555 0199", "hasWhatsapp", true)).send().id();

        ApiResponse corrected = agent.patch(phones + "/" + phoneId, Map.of("number", "+1 555 0100")).send()
                .expectStatus(200);

        assertThat(corrected.data().get("number").asString()).isEqualTo("+1 555 0100");
        assertThat(corrected.data().get("hasWhatsapp").asBoolean()).isTrue();
    }

    @Test
    void aRemovedPhoneNumberIsGone() {
        String phoneId = agent.post(phones, Map.of("number", "+1 555 0100")).send().id();

        agent.delete(phones + "/" + phoneId).send().expectStatus(204);

        assertThat(agent.get("/api/humans/" + humanId).send().data().get("phones")).isEmpty();
        agent.delete(phones + "/" + phoneId).send().expectProblem(404, "PHONE_NUMBER_NOT_FOUND");
    }

    @Test
    void aLabelMustComeFromTheHumanPhoneLabels() {
        ApiResponse refused = agent.post(phones, Map.of("number", "+1 555 0100", "label", "Fax"))
                .send().expectProblem(422, "VALIDATION_FAILED");

        assertThat(refused.fieldErrors()).containsOnlyKeys("label");
    }

    @Test
    void aNumberIsRequiredAndStaysAString() {
        ApiResponse missing = agent.post(phones, "{}").offContract().send().expectProblem(422, "VALIDATION_FAILED");
        ApiResponse number = agent.post(phones, "{\"number\": 5550100}").offContract().send()
                .expectProblem(422, "VALIDATION_FAILED");

        assertThat(missing.fieldErrors()).containsOnlyKeys("number");
        assertThat(number.fieldErrors()).containsEntry("number", List.of("must be a string"));
    }

    @Test
    void unknownAndMalformedPhoneIdsAreNotFound() {
        agent.patch(phones + "/" + UUID.randomUUID(), Map.of("hasWhatsapp", true)).send()
                .expectProblem(404, "PHONE_NUMBER_NOT_FOUND");
        agent.patch(phones + "/nope", Map.of("hasWhatsapp", true)).offContract().send()
                .expectProblem(404, "PHONE_NUMBER_NOT_FOUND");
    }

    @Test
    void aViewerCannotTouchPhoneNumbers() {
        api.as(Role.VIEWER).post(phones, Map.of("number", "+1 555 0100")).send().expectProblem(403, "FORBIDDEN");
    }

    @Test
    void ifMatchOnAPhoneNumberIsTheHumansVersion() {
        String phoneId = agent.post(phones, Map.of("number", "+1 555 0100")).send().id();
        String phone = phones + "/" + phoneId;

        agent.patch(phone, Map.of("hasWhatsapp", true)).ifMatch("\"1\"").send().expectProblem(412, "VERSION_MISMATCH");
        agent.patch(phone, Map.of("hasWhatsapp", true)).ifMatch("\"2\"").send().expectStatus(200);
        agent.delete(phone).ifMatch("\"2\"").send().expectProblem(412, "VERSION_MISMATCH");
        agent.delete(phone).ifMatch("\"3\"").send().expectStatus(204);
    }

}

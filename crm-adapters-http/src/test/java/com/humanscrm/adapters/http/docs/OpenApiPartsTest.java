package com.humanscrm.adapters.http.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** How parts become one document (fixtures in {@code openapi-parts/}). */
class OpenApiPartsTest {

    @Test
    void partsAddTheirTagsPathsAndComponentsAndTheListOfPartsIsNotServed() {
        JsonNode document = OpenApiDocument.assemble("/openapi-parts/one-part.yaml");

        assertThat(document.has("x-parts")).isFalse();
        assertThat(document.at("/tags/0/name").asString()).isEqualTo("First");
        assertThat(document.at("/paths/~1things/get/operationId").asString()).isEqualTo("listThings");
        assertThat(document.at("/components/schemas/Thing/type").asString()).isEqualTo("object");
    }

    @Test
    void eachGetGetsAHeadOperationAnsweringTheSameWithoutABody() {
        JsonNode document = OpenApiDocument.assemble("/openapi-parts/one-part.yaml");
        JsonNode things = document.at("/paths/~1things");
        JsonNode responses = document.at("/components/responses");

        assertThat(things.at("/head/operationId").asString()).isEqualTo("listThingsHead");
        assertThat(things.at("/head/responses/200/$ref").asString()).isEqualTo("#/components/responses/ThingsWithoutBody");
        assertThat(responses.at("/ThingsWithoutBody/headers/ETag").isMissingNode()).isFalse();
        assertThat(responses.at("/ThingsWithoutBody").has("content")).isFalse();
        assertThat(responses.at("/Things").has("content")).as("the GET's own answer").isTrue();
        // A shared answer without a body serves HEAD as it is.
        assertThat(things.at("/head/responses/404/$ref").asString()).isEqualTo("#/components/responses/Missing");
    }

    @Test
    void aPathInTwoPartsIsRefused() {
        assertThatThrownBy(() -> OpenApiDocument.assemble("/openapi-parts/repeated-path.yaml"))
                .hasMessage("/openapi-parts/second.yaml repeats the path /things");
    }

    @Test
    void aComponentNameInTwoPartsIsRefused() {
        assertThatThrownBy(() -> OpenApiDocument.assemble("/openapi-parts/repeated-schema.yaml"))
                .hasMessage("/openapi-parts/third.yaml repeats the schemas component Thing");
    }

    @Test
    void aPartHoldsOnlyTagsPathsAndComponents() {
        assertThatThrownBy(() -> OpenApiDocument.assemble("/openapi-parts/stray-member.yaml"))
                .hasMessageContaining("/openapi-parts/fourth.yaml has servers");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-parts", "empty-parts", "parts-not-a-list"})
    void aDocumentWithoutAListOfPartsIsRefused(String root) {
        String file = "/openapi-parts/" + root + ".yaml";

        assertThatThrownBy(() -> OpenApiDocument.assemble(file)).hasMessage(file + " lists no parts in x-parts");
    }

    @Test
    void aTagInTwoPartsIsRefused() {
        assertThatThrownBy(() -> OpenApiDocument.assemble("/openapi-parts/repeated-tag.yaml"))
                .hasMessage("/openapi-parts/fifth.yaml repeats the tag \"First\"");
    }

    @Test
    void aListedPartThatIsNotThereIsRefused() {
        assertThatThrownBy(() -> OpenApiDocument.assemble("/openapi-parts/missing-part.yaml"))
                .hasMessage("/openapi-parts/nowhere.yaml is missing from the classpath");
    }

    /** The HEAD twin of a GET is derived from the responses it names, so a name nobody wrote cannot pass unseen. */
    @Test
    void aGetAnsweringWithAResponseNobodyWroteIsRefused() {
        assertThatThrownBy(() -> OpenApiDocument.assemble("/openapi-parts/unknown-response.yaml"))
                .hasMessage("No response component Gone");
    }
}

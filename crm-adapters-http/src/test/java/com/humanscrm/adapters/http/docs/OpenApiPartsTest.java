package com.humanscrm.adapters.http.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
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
}

package com.humanscrm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.domain.Refusals;
import com.humanscrm.domain.document.RecordRef;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The kinds' names are what clients send, the audit log keeps and error codes start with, so they are pinned here. */
class RecordKindTest {

    @Test
    void theKindsHaveTheDocumentedNames() {
        assertThat(RecordKind.values()).extracting(RecordKind::wireName).containsExactly("human", "email", "phone_number",
                "account", "account_link", "pet", "flight", "booking", "lead", "activity", "geo_interest",
                "geo_interest_expression", "document", "lookup_list", "lookup_item", "colleague", "api_key",
                "session");
    }

    @Test
    void messagesAndCodesNameAKindOneWay() {
        assertThat(RecordKind.API_KEY.words()).isEqualTo("api key");
        assertThat(NotFoundException.of(RecordKind.API_KEY, "k").code()).isEqualTo("API_KEY_NOT_FOUND");
        assertThat(NotFoundException.of(RecordKind.PHONE_NUMBER, "p").getMessage()).isEqualTo("No phone number with id p");
        assertThat(NotFoundException.contentOf(RecordKind.DOCUMENT, "d").code()).isEqualTo("DOCUMENT_CONTENT_NOT_FOUND");
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void everyKindReadsBackFromItsWireName(RecordKind kind) {
        assertThat(RecordKind.fromWireName(kind.wireName(), "entityType")).isEqualTo(kind);
    }

    @Test
    void documentsAttachToTheKindsDomainMdNames() {
        assertThat(RecordKind.values()).filteredOn(RecordKind::holdsDocuments).extracting(RecordKind::wireName)
                .containsExactly("human", "account", "pet", "booking", "lead", "activity");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HUMAN", "humans", "colleague", "document", ""})
    void aKindThatHoldsNoDocumentsIsAFieldErrorListingThoseThatDo(String name) {
        assertThat(Refusals.fieldError(() -> RecordKind.holdingDocuments(name, "entityType"), "entityType"))
                .containsExactly("must be one of human, account, pet, booking, lead, activity");
    }

    @Test
    void aMissingNameIsAFieldError() {
        Refusals.fieldError(() -> RecordKind.fromWireName(null, "entityType"), "entityType");
    }

    @Test
    void aRecordIsNamedByItsKindAndId() {
        UUID id = UUID.fromString("0190a0b4-0000-7000-8000-000000000001");

        assertThat(new RecordRef(RecordKind.PET, id)).hasToString("pet 0190a0b4-0000-7000-8000-000000000001");
    }
}

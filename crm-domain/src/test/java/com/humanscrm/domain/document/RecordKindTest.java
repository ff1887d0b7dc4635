package com.humanscrm.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.domain.Refusals;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The kinds' names are what clients send and the database checks, so they are pinned here. */
class RecordKindTest {

    @Test
    void theKindsHaveTheDocumentedNames() {
        assertThat(RecordKind.values()).extracting(RecordKind::wireName)
                .containsExactly("human", "account", "pet", "booking", "lead", "activity");
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void everyKindReadsBackFromItsWireName(RecordKind kind) {
        assertThat(RecordKind.fromWireName(kind.wireName(), "entityType")).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HUMAN", "humans", "colleague", ""})
    void anUnknownOrDifferentlyCasedNameIsAFieldErrorListingTheKinds(String name) {
        assertThat(Refusals.fieldError(() -> RecordKind.fromWireName(name, "entityType"), "entityType"))
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

package com.humanscrm.domain.document;

import com.humanscrm.domain.shared.RecordKind;
import java.util.Objects;
import java.util.UUID;

/** The record a document is attached to: its kind and id. */
public record RecordRef(RecordKind kind, UUID id) {
    public RecordRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return kind.wireName() + " " + id;
    }
}

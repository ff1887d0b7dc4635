package com.humanscrm.application.document;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.document.RecordRef;
import com.humanscrm.domain.shared.RuleViolationException;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The kinds of record that can hold documents today, each with the question "does this one exist?".
 * A kind joins with one entry where the use cases are wired; until then no record of it exists, so
 * attaching to one is refused like attaching to a missing record. Each kind's delete use case removes
 * the record's documents ({@link DocumentRemoval#removeAllOf}).
 */
public final class AttachableRecords {

    private final Map<RecordKind, Predicate<UUID>> holdIfExists;

    /**
     * @param holdIfExists per kind: whether the record exists, and if so keeping it from being deleted
     *     until the current transaction ends (a row lock), so no document is attached to a record that
     *     is being deleted
     */
    public AttachableRecords(Map<RecordKind, Predicate<UUID>> holdIfExists) {
        this.holdIfExists = holdIfExists.isEmpty() ? Map.of() : new EnumMap<>(holdIfExists);
    }

    /** Refuses (422, on {@code entityId}) a record that does not exist; holds it when it does. */
    void requireExisting(RecordRef record) {
        Predicate<UUID> exists = holdIfExists.get(record.kind());
        if (exists == null || !exists.test(record.id())) {
            throw RuleViolationException.field("entityId", "no " + record.kind().wireName() + " with this id");
        }
    }
}

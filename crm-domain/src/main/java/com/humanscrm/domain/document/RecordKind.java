package com.humanscrm.domain.document;

import com.humanscrm.domain.shared.RuleViolationException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of record a document can be attached to (DOMAIN.md). */
public enum RecordKind {
    HUMAN, ACCOUNT, PET, BOOKING, LEAD, ACTIVITY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RecordKind fromWireName(String value, String field) {
        for (RecordKind kind : values()) {
            if (kind.wireName().equals(value)) {
                return kind;
            }
        }
        throw RuleViolationException.field(field, "must be one of "
                + Arrays.stream(values()).map(RecordKind::wireName).collect(Collectors.joining(", ")));
    }
}

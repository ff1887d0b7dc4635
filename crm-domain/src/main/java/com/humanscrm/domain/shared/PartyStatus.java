package com.humanscrm.domain.shared;

import java.util.Locale;

/** Where the company stands with a human or an account: open, active, closed. */
public enum PartyStatus {
    OPEN, ACTIVE, CLOSED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PartyStatus fromWireName(String value, String field) {
        for (PartyStatus status : values()) {
            if (status.wireName().equals(value)) {
                return status;
            }
        }
        throw RuleViolationException.field(field, "must be one of open, active, closed");
    }
}

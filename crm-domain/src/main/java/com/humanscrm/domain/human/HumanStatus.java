package com.humanscrm.domain.human;

import com.humanscrm.domain.shared.RuleViolationException;
import java.util.Locale;

public enum HumanStatus {
    OPEN, ACTIVE, CLOSED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HumanStatus fromWireName(String value, String field) {
        for (HumanStatus status : values()) {
            if (status.wireName().equals(value)) {
                return status;
            }
        }
        throw RuleViolationException.field(field, "must be one of open, active, closed");
    }
}

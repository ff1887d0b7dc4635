package com.humanscrm.domain.human;

import com.humanscrm.domain.shared.RuleViolationException;
import java.util.Locale;

public enum HumanType {
    CLIENT, TRAINER, TRAVEL_AGENT, FLIGHT_BROKER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HumanType fromWireName(String value, String field) {
        for (HumanType type : values()) {
            if (type.wireName().equals(value)) {
                return type;
            }
        }
        throw RuleViolationException.field(field, "must be one of client, trainer, travel_agent, flight_broker");
    }
}

package com.humanscrm.domain.human;

import com.humanscrm.domain.shared.RuleViolationException;
import com.humanscrm.domain.shared.Violations;
import com.humanscrm.domain.shared.WireNames;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

public enum HumanType {
    CLIENT, TRAINER, TRAVEL_AGENT, FLIGHT_BROKER;

    public String wireName() {
        return WireNames.of(this);
    }

    public static HumanType fromWireName(String value, String field) {
        return WireNames.parse(HumanType.class, value, field);
    }

    /** The types a list of wire names gives; each unknown one refused under its place ({@code types[1]}). */
    public static Set<HumanType> fromWireNames(List<String> names, String field) {
        if (names == null || names.isEmpty()) {
            throw RuleViolationException.field(field, "must name at least one type");
        }
        Violations problems = new Violations();
        Set<HumanType> types = EnumSet.noneOf(HumanType.class);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String place = field + "[" + i + "]";
            HumanType type = problems.check(() -> fromWireName(name, place));
            if (type != null) {
                types.add(type);
            }
        }
        problems.throwIfAny();
        return types;
    }
}

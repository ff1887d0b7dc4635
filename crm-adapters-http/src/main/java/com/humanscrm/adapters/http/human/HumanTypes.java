package com.humanscrm.adapters.http.human;

import com.humanscrm.domain.human.HumanType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The {@code types} array of a request, each entry refused by its own path ({@code types[1]}). */
final class HumanTypes {

    private HumanTypes() {
    }

    static Set<HumanType> fromWireNames(List<String> names) {
        Set<HumanType> types = EnumSet.noneOf(HumanType.class);
        for (int i = 0; i < names.size(); i++) {
            types.add(HumanType.fromWireName(names.get(i), "types[" + i + "]"));
        }
        return types;
    }

    static List<String> wireNames(Set<HumanType> types) {
        return types.stream().map(HumanType::wireName).toList();
    }
}

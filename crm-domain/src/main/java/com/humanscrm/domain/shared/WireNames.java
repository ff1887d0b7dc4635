package com.humanscrm.domain.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one way an enumeration of the domain is named on the wire and in stored rows: its constant in
 * lower case ({@code whatsapp_message}), read back exactly, anything else refused with the names allowed.
 */
public final class WireNames {

    private WireNames() {
    }

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The constant named {@code value}; anything else is a field error on {@code field}. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(value)) {
                return constant;
            }
        }
        throw RuleViolationException.field(field, "must be one of "
                + Arrays.stream(type.getEnumConstants()).map(WireNames::of).collect(Collectors.joining(", ")));
    }
}

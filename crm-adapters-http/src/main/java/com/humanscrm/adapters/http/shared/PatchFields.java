package com.humanscrm.adapters.http.shared;

import java.util.Optional;
import java.util.function.Function;

/**
 * PATCH bodies hold each field as an {@code Optional}: {@code null} when absent (unchanged), empty when
 * the client sent {@code null} (cleared). Fields that cannot be cleared refuse the empty case through
 * Bean Validation on the Optional's content ({@code Optional<@NotBlank String>}), so here it is gone.
 */
public final class PatchFields {

    private PatchFields() {
    }

    /** The new value of a field that may change but not be cleared; {@code null} when the field was absent. */
    public static <T> T given(Optional<T> field) {
        return field == null ? null : field.orElseThrow();
    }

    /** As {@link #given(Optional)}, converted ({@code status -> PartyStatus.fromWireName(…)}) when present. */
    public static <T, R> R given(Optional<T> field, Function<T, R> convert) {
        return field == null ? null : convert.apply(field.orElseThrow());
    }
}

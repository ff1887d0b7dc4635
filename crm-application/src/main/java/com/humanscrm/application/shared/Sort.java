package com.humanscrm.application.shared;

import com.humanscrm.domain.shared.RuleViolationException;
import java.util.Objects;

/**
 * A list order: one documented field, ascending or descending ({@code -field}); the id breaks ties.
 *
 * @param <F> the resource's sortable fields
 */
public record Sort<F extends Enum<F> & Sort.Field>(F field, boolean descending) {

    /** A field a list can be sorted by, as named in the API. */
    public interface Field {
        String apiName();
    }

    public Sort {
        Objects.requireNonNull(field, "field");
    }

    /** Parses {@code createdAt} or {@code -createdAt}; {@code null} gives the default. */
    public static <F extends Enum<F> & Field> Sort<F> parse(String value, Class<F> fields, Sort<F> defaultSort) {
        if (value == null || value.isBlank()) {
            return defaultSort;
        }
        boolean descending = value.startsWith("-");
        String name = descending ? value.substring(1) : value;
        for (F field : fields.getEnumConstants()) {
            if (field.apiName().equals(name)) {
                return new Sort<>(field, descending);
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (F field : fields.getEnumConstants()) {
            allowed.append(allowed.isEmpty() ? "" : ", ").append(field.apiName());
        }
        throw RuleViolationException.field("sort", "must be one of " + allowed + " (prefix - to sort descending)");
    }

    /** The form a cursor remembers, so a cursor is only ever used with the sort it came from. */
    public String token() {
        return (descending ? "-" : "") + field.apiName();
    }
}

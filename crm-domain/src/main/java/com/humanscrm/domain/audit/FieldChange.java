package com.humanscrm.domain.audit;

/**
 * One field's value before and after a change. Values are JSON-like: strings, numbers, booleans,
 * lists, maps or {@code null}.
 */
public record FieldChange(Object oldValue, Object newValue) {
}

package com.humanscrm.domain.lookup;

import java.util.Objects;
import java.util.UUID;

public record LookupItemId(UUID value) {
    public LookupItemId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

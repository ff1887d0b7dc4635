package com.humanscrm.domain.activity;

import com.humanscrm.domain.shared.RecordId;
import java.util.Objects;
import java.util.UUID;

public record ActivityId(UUID value) implements RecordId {
    public ActivityId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

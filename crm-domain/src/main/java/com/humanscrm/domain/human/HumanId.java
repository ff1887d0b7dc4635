package com.humanscrm.domain.human;

import com.humanscrm.domain.shared.RecordId;
import java.util.Objects;
import java.util.UUID;

public record HumanId(UUID value) implements RecordId {
    public HumanId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

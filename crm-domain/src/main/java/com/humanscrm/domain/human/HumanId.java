package com.humanscrm.domain.human;

import java.util.Objects;
import java.util.UUID;

public record HumanId(UUID value) {
    public HumanId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

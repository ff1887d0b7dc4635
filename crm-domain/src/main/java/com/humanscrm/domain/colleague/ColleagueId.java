package com.humanscrm.domain.colleague;

import java.util.Objects;
import java.util.UUID;

public record ColleagueId(UUID value) {
    public ColleagueId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

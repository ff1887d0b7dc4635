package com.humanscrm.domain.geo;

import com.humanscrm.domain.shared.RecordId;
import java.util.Objects;
import java.util.UUID;

public record GeoInterestId(UUID value) implements RecordId {
    public GeoInterestId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

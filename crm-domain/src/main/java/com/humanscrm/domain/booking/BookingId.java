package com.humanscrm.domain.booking;

import com.humanscrm.domain.shared.RecordId;
import java.util.Objects;
import java.util.UUID;

public record BookingId(UUID value) implements RecordId {
    public BookingId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package com.humanscrm.domain.account;

import com.humanscrm.domain.shared.RecordId;
import java.util.Objects;
import java.util.UUID;

public record AccountId(UUID value) implements RecordId {
    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

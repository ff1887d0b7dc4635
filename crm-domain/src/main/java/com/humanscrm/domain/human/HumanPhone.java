package com.humanscrm.domain.human;

import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.shared.Checks;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** A phone number of a human, stored as given: formats vary too much across countries to normalise safely. */
public record HumanPhone(UUID id, String number, Label label, boolean hasWhatsapp, boolean primary,
                         Instant createdAt, Instant updatedAt) {

    public HumanPhone {
        Objects.requireNonNull(id, "id");
        number = Checks.text(number, "number", 1, 50);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    HumanPhone withPrimary(boolean value, Instant now) {
        return value == primary ? this : new HumanPhone(id, number, label, hasWhatsapp, value, createdAt, now);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("id", id.toString());
        snapshot.put("number", number);
        snapshot.put("label", label == null ? null : label.name());
        snapshot.put("hasWhatsapp", hasWhatsapp);
        snapshot.put("isPrimary", primary);
        return snapshot;
    }
}

package com.humanscrm.domain.human;

import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.shared.Checks;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** An email address of a human; addresses compare without regard to case. */
public record HumanEmail(UUID id, String email, Label label, boolean primary, Instant createdAt, Instant updatedAt) {

    public HumanEmail {
        Objects.requireNonNull(id, "id");
        email = Checks.email(email, "email");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    boolean sameAddressAs(String other) {
        return addressKey().equals(other.strip().toLowerCase(Locale.ROOT));
    }

    /** The address as compared: two emails of one human never share it. */
    String addressKey() {
        return email.toLowerCase(Locale.ROOT);
    }

    HumanEmail withPrimary(boolean value, Instant now) {
        return value == primary ? this : new HumanEmail(id, email, label, value, createdAt, now);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("id", id.toString());
        snapshot.put("email", email);
        snapshot.put("label", label == null ? null : label.name());
        snapshot.put("isPrimary", primary);
        return snapshot;
    }
}

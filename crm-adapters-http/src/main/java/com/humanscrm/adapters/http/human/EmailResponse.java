package com.humanscrm.adapters.http.human;

import com.humanscrm.domain.human.HumanEmail;
import java.time.Instant;
import java.util.UUID;

record EmailResponse(UUID id, String email, String label, boolean isPrimary, Instant createdAt, Instant updatedAt) {

    static EmailResponse from(HumanEmail email) {
        return new EmailResponse(email.id(), email.email(), email.label() == null ? null : email.label().name(),
                email.primary(), email.createdAt(), email.updatedAt());
    }
}

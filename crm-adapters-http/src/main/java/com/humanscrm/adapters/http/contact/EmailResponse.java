package com.humanscrm.adapters.http.contact;

import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.EmailAddress;
import java.time.Instant;
import java.util.UUID;

public record EmailResponse(UUID id, String email, String label, boolean isPrimary, Instant createdAt, Instant updatedAt) {

    public static EmailResponse from(ContactPoint<EmailAddress> email) {
        return new EmailResponse(email.id(), email.value().address(), email.label() == null ? null : email.label().name(),
                email.primary(), email.createdAt(), email.updatedAt());
    }
}

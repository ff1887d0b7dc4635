package com.humanscrm.adapters.http.human;

import com.humanscrm.domain.human.HumanPhone;
import java.time.Instant;
import java.util.UUID;

record PhoneResponse(UUID id, String number, String label, boolean hasWhatsapp, boolean isPrimary, Instant createdAt,
                     Instant updatedAt) {

    static PhoneResponse from(HumanPhone phone) {
        return new PhoneResponse(phone.id(), phone.number(), phone.label() == null ? null : phone.label().name(),
                phone.hasWhatsapp(), phone.primary(), phone.createdAt(), phone.updatedAt());
    }
}

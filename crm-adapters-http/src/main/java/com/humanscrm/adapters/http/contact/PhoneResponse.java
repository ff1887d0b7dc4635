package com.humanscrm.adapters.http.contact;

import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.PhoneNumber;
import java.time.Instant;
import java.util.UUID;

/** A phone number as given, with its E.164 form when it was given with its country code. */
public record PhoneResponse(UUID id, String number, String e164, String label, boolean hasWhatsapp, boolean isPrimary,
                            Instant createdAt, Instant updatedAt) {

    public static PhoneResponse from(ContactPoint<PhoneNumber> phone) {
        return new PhoneResponse(phone.id(), phone.value().number(), phone.value().e164(),
                phone.label() == null ? null : phone.label().name(), phone.value().hasWhatsapp(), phone.primary(),
                phone.createdAt(), phone.updatedAt());
    }
}

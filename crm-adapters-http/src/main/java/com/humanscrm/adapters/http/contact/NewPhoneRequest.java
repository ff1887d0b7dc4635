package com.humanscrm.adapters.http.contact;

import com.humanscrm.application.contact.ContactInput;
import com.humanscrm.domain.contact.PhoneNumber;

/** A phone number of a new owner, or one added to an existing owner; the domain checks the number. */
public record NewPhoneRequest(String number, String label, Boolean hasWhatsapp, Boolean isPrimary)
        implements NewContactRequest<PhoneNumber> {

    @Override
    public ContactInput<PhoneNumber> toInput() {
        return new ContactInput<>(() -> new PhoneNumber(number, Boolean.TRUE.equals(hasWhatsapp)), label,
                Boolean.TRUE.equals(isPrimary));
    }
}

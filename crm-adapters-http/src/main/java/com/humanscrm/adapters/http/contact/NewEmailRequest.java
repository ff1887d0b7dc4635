package com.humanscrm.adapters.http.contact;

import com.humanscrm.application.contact.ContactInput;
import com.humanscrm.domain.contact.EmailAddress;

/** An email of a new owner, or one added to an existing owner; the domain checks the address. */
public record NewEmailRequest(String email, String label, Boolean isPrimary) implements NewContactRequest<EmailAddress> {

    @Override
    public ContactInput<EmailAddress> toInput() {
        return new ContactInput<>(() -> new EmailAddress(email), label, Boolean.TRUE.equals(isPrimary));
    }
}

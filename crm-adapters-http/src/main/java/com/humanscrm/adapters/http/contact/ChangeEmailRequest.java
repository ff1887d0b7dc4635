package com.humanscrm.adapters.http.contact;

import static com.humanscrm.adapters.http.shared.PatchFields.given;

import com.humanscrm.application.contact.ContactInputChange;
import com.humanscrm.domain.contact.EmailAddress;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/** {@code PATCH …/emails/{emailId}}; a {@code null} address is the domain's to refuse, with the rest. */
record ChangeEmailRequest(Optional<String> email, Optional<String> label, Optional<@NotNull Boolean> isPrimary)
        implements ContactChangeRequest<EmailAddress> {

    @Override
    public ContactInputChange<EmailAddress> toChange() {
        return new ContactInputChange<>(current -> email == null ? current : new EmailAddress(email.orElse(null)),
                label, given(isPrimary));
    }
}

package com.humanscrm.adapters.http.contact;

import static com.humanscrm.adapters.http.shared.PatchFields.given;

import com.humanscrm.application.contact.ContactInputChange;
import com.humanscrm.domain.contact.PhoneNumber;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/** {@code PATCH …/phone-numbers/{phoneId}}; a {@code null} number is the domain's to refuse, with the rest. */
record ChangePhoneRequest(Optional<String> number, Optional<String> label, Optional<@NotNull Boolean> hasWhatsapp,
                          Optional<@NotNull Boolean> isPrimary) implements ContactChangeRequest<PhoneNumber> {

    @Override
    public ContactInputChange<PhoneNumber> toChange() {
        return new ContactInputChange<>(current -> new PhoneNumber(
                number == null ? current.number() : number.orElse(null),
                hasWhatsapp == null ? current.hasWhatsapp() : given(hasWhatsapp)), label, given(isPrimary));
    }
}

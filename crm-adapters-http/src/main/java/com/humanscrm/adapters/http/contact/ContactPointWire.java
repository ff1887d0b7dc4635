package com.humanscrm.adapters.http.contact;

import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.ContactValue;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.shared.RecordKind;
import java.util.function.Function;

/** How one kind of contact point looks on the wire: its path segment, its bodies and its response. */
public record ContactPointWire<V extends ContactValue>(String segment, String idParameter, RecordKind kind,
                                                       Class<? extends NewContactRequest<V>> newBody,
                                                       Class<? extends ContactChangeRequest<V>> changeBody,
                                                       Function<ContactPoint<V>, Object> response) {

    public static final ContactPointWire<EmailAddress> EMAILS = new ContactPointWire<>("emails", "emailId",
            RecordKind.EMAIL, NewEmailRequest.class, ChangeEmailRequest.class, EmailResponse::from);
    public static final ContactPointWire<PhoneNumber> PHONES = new ContactPointWire<>("phone-numbers", "phoneId",
            RecordKind.PHONE_NUMBER, NewPhoneRequest.class, ChangePhoneRequest.class, PhoneResponse::from);
}

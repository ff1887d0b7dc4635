package com.humanscrm.adapters.http.contact;

import com.humanscrm.application.contact.ContactInputChange;
import com.humanscrm.domain.contact.ContactValue;

/** The body of a PATCH of one email or phone number: an absent field stays, {@code null} clears the label. */
interface ContactChangeRequest<V extends ContactValue> {

    ContactInputChange<V> toChange();
}

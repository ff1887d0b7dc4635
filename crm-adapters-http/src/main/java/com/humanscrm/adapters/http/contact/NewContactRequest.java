package com.humanscrm.adapters.http.contact;

import com.humanscrm.application.contact.ContactInput;
import com.humanscrm.domain.contact.ContactValue;

/** The body of a new email or phone number, alone or inside a new owner. */
public interface NewContactRequest<V extends ContactValue> {

    ContactInput<V> toInput();
}

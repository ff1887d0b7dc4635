package com.humanscrm.domain.contact;

import java.util.Map;

/** What a contact point is a way of reaching: an email address or a phone number. */
public sealed interface ContactValue permits EmailAddress, PhoneNumber {

    /** Two contact points of one owner never share this key. */
    String key();

    /** The value as a message shows it. */
    String shown();

    /** The value's fields as the audit log shows them. */
    void describeIn(Map<String, Object> snapshot);
}

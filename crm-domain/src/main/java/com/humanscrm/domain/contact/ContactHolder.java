package com.humanscrm.domain.contact;

import java.time.Clock;

/** An aggregate reached by emails and phone numbers, which change as {@link ContactPoints} allow. */
public interface ContactHolder<A extends ContactHolder<A>> {

    Contacts contacts();

    /** This record with other contact points, one version later. */
    A withContacts(Contacts contacts, Clock clock);
}

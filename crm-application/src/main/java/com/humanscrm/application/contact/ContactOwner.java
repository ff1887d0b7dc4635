package com.humanscrm.application.contact;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.contact.ContactField;
import com.humanscrm.domain.contact.Contacts;
import com.humanscrm.domain.lookup.LookupList;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A kind of record that holds emails and phone numbers (humans; accounts next), as the contact-point use
 * cases change it. Each owner keeps its own rules of who may change it and how it is stored and audited.
 */
public interface ContactOwner {

    /** The lookup list whose names label this owner's entries of {@code field}. */
    LookupList labels(ContactField<?> field);

    /**
     * Applies {@code change} to the owner's contact points in one transaction: the caller's permission,
     * the owner held against concurrent change, its expected version (when given) checked, the result
     * stored and audited. Answers the contact points after the change.
     */
    Contacts change(Actor actor, UUID ownerId, Integer expectedVersion, UnaryOperator<Contacts> change);
}

package com.humanscrm.application.contact;

import com.humanscrm.domain.contact.ContactField;
import com.humanscrm.domain.contact.ContactValue;
import java.time.Clock;

/** What can be done with one owner's emails, or with its phone numbers. */
public record ContactPointUseCases<V extends ContactValue>(AddContactPoint<V> add, ChangeContactPoint<V> change,
                                                           RemoveContactPoint<V> remove) {

    public static <V extends ContactValue> ContactPointUseCases<V> over(ContactOwner owner, ContactField<V> field,
                                                                       ContactDrafts drafts, Clock clock) {
        return new ContactPointUseCases<>(new AddContactPoint<>(owner, field, drafts, clock),
                new ChangeContactPoint<>(owner, field, drafts, clock), new RemoveContactPoint<>(owner, field, clock));
    }
}

package com.humanscrm.domain.contact;

import com.humanscrm.domain.shared.Violations;
import java.time.Clock;
import java.util.List;

/** Everything by which an owner is reached: its emails and its phone numbers. */
public record Contacts(ContactPoints<EmailAddress> emails, ContactPoints<PhoneNumber> phones) {

    public static final Contacts NONE =
            new Contacts(ContactPoints.none(ContactField.EMAILS), ContactPoints.none(ContactField.PHONES));

    /** A new owner's contact points; every broken rule of both lists is reported at once. */
    public static Contacts create(List<NewContactPoint<EmailAddress>> emails, List<NewContactPoint<PhoneNumber>> phones,
                                  Clock clock) {
        Violations problems = new Violations();
        ContactPoints<EmailAddress> madeEmails = problems.check(() -> ContactPoints.create(ContactField.EMAILS, emails, clock));
        ContactPoints<PhoneNumber> madePhones = problems.check(() -> ContactPoints.create(ContactField.PHONES, phones, clock));
        problems.throwIfAny();
        return new Contacts(madeEmails, madePhones);
    }

    /** The list of one field; the field decides the type, so the cast cannot fail. */
    @SuppressWarnings("unchecked")
    public <V extends ContactValue> ContactPoints<V> of(ContactField<V> field) {
        return (ContactPoints<V>) (field == ContactField.EMAILS ? emails : phones);
    }

    @SuppressWarnings("unchecked")
    public <V extends ContactValue> Contacts with(ContactPoints<V> points) {
        return points.field() == ContactField.EMAILS
                ? new Contacts((ContactPoints<EmailAddress>) points, phones)
                : new Contacts(emails, (ContactPoints<PhoneNumber>) points);
    }
}

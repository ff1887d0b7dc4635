package com.humanscrm.application.testing;

import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.ContactPoints;
import com.humanscrm.domain.contact.ContactValue;
import com.humanscrm.domain.contact.Contacts;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupItem;
import com.humanscrm.domain.lookup.LookupItemId;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Labels read back with their lookup item's current name, as the database's join gives them to the
 * fakes of records that use labels: a renamed label shows its new name on every record that uses it.
 */
final class CurrentLabels {

    private final Function<LookupItemId, Optional<LookupItem>> lookupItems;

    CurrentLabels(Function<LookupItemId, Optional<LookupItem>> lookupItems) {
        this.lookupItems = lookupItems;
    }

    Contacts of(Contacts contacts) {
        return new Contacts(of(contacts.emails()), of(contacts.phones()));
    }

    Label of(Label label) {
        return label == null ? null : lookupItems.apply(label.id()).map(LookupItem::asLabel).orElse(label);
    }

    /** Whether any of these contact points carries the label, as the database's foreign keys would know. */
    static boolean used(Contacts contacts, LookupItemId id) {
        return Stream.concat(contacts.emails().entries().stream(), contacts.phones().entries().stream())
                .anyMatch(point -> point.label() != null && point.label().id().equals(id));
    }

    private <V extends ContactValue> ContactPoints<V> of(ContactPoints<V> points) {
        return ContactPoints.restore(points.field(), points.entries().stream().map(point -> new ContactPoint<>(point.id(),
                point.value(), of(point.label()), point.primary(), point.createdAt(), point.updatedAt())).toList());
    }
}

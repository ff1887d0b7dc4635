package com.humanscrm.application.contact;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.contact.ContactField;
import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.ContactValue;
import com.humanscrm.domain.contact.Contacts;
import com.humanscrm.domain.contact.NewContactPoint;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.Violations;
import java.time.Clock;
import java.util.UUID;

/** Adds an email or phone number to its owner; marking it primary (or adding the first) makes it the only primary. */
public final class AddContactPoint<V extends ContactValue> {

    private final ContactOwner owner;
    private final ContactField<V> field;
    private final ContactDrafts drafts;
    private final Clock clock;

    public AddContactPoint(ContactOwner owner, ContactField<V> field, ContactDrafts drafts, Clock clock) {
        this.owner = owner;
        this.field = field;
        this.drafts = drafts;
        this.clock = clock;
    }

    public ContactPoint<V> execute(Actor actor, Command<V> command) {
        UUID id = Ids.newId(clock);
        return owner.change(actor, command.ownerId(), null, contacts -> {
            Violations problems = new Violations();
            NewContactPoint<V> draft = drafts.one(command.input(), owner.labels(field), "label", problems);
            Contacts after = problems.check(() -> contacts.with(contacts.of(field).add(id, draft, clock)));
            problems.throwIfAny();
            return after;
        }).of(field).find(id);
    }

    public record Command<V extends ContactValue>(UUID ownerId, ContactInput<V> input) {
    }
}

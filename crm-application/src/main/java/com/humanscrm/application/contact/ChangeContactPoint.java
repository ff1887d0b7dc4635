package com.humanscrm.application.contact;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.contact.ContactChange;
import com.humanscrm.domain.contact.ContactField;
import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.ContactValue;
import com.humanscrm.domain.contact.Contacts;
import com.humanscrm.domain.shared.Violations;
import java.time.Clock;
import java.util.UUID;

/** Changes one email or phone number; marking it primary demotes the owner's other entries. */
public final class ChangeContactPoint<V extends ContactValue> {

    private final ContactOwner owner;
    private final ContactField<V> field;
    private final ContactDrafts drafts;
    private final Clock clock;

    public ChangeContactPoint(ContactOwner owner, ContactField<V> field, ContactDrafts drafts, Clock clock) {
        this.owner = owner;
        this.field = field;
        this.drafts = drafts;
        this.clock = clock;
    }

    public ContactPoint<V> execute(Actor actor, Command<V> command) {
        return owner.change(actor, command.ownerId(), command.expectedVersion(), contacts -> {
            Violations problems = new Violations();
            ContactChange<V> change = drafts.change(command.change(), owner.labels(field), problems);
            Contacts after = problems.check(() -> contacts.with(contacts.of(field).change(command.id(), change, clock)));
            problems.throwIfAny();
            return after;
        }).of(field).find(command.id());
    }

    /** {@code expectedVersion} is the owner's (an entry has no version of its own), checked when given. */
    public record Command<V extends ContactValue>(UUID ownerId, UUID id, ContactInputChange<V> change,
                                                  Integer expectedVersion) {
    }
}

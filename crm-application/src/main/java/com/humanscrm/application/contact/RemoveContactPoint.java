package com.humanscrm.application.contact;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.contact.ContactField;
import com.humanscrm.domain.contact.ContactValue;
import java.time.Clock;
import java.util.UUID;

/** Removes one email or phone number; when it was the primary one, the oldest remaining becomes primary. */
public final class RemoveContactPoint<V extends ContactValue> {

    private final ContactOwner owner;
    private final ContactField<V> field;
    private final Clock clock;

    public RemoveContactPoint(ContactOwner owner, ContactField<V> field, Clock clock) {
        this.owner = owner;
        this.field = field;
        this.clock = clock;
    }

    public void execute(Actor actor, Command command) {
        owner.change(actor, command.ownerId(), command.expectedVersion(),
                contacts -> contacts.with(contacts.of(field).remove(command.id(), clock)));
    }

    /** {@code expectedVersion} is the owner's, checked when given. */
    public record Command(UUID ownerId, UUID id, Integer expectedVersion) {
    }
}

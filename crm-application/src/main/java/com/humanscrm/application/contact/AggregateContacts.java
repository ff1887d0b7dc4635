package com.humanscrm.application.contact;

import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.contact.ContactField;
import com.humanscrm.domain.contact.ContactHolder;
import com.humanscrm.domain.contact.Contacts;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.Aggregate;
import com.humanscrm.domain.shared.RecordId;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Humans, accounts and any other aggregate as owners of emails and phone numbers: their contact points
 * change through the owner's {@link AggregateEditor}, like any other change of it, labelled from the
 * owner's own lists.
 */
public final class AggregateContacts<I extends RecordId, A extends Aggregate & ContactHolder<A>> implements ContactOwner {

    private final AggregateEditor<I, A> editor;
    private final Function<UUID, I> ids;
    private final LookupList emailLabels;
    private final LookupList phoneLabels;
    private final Clock clock;

    public AggregateContacts(AggregateEditor<I, A> editor, Function<UUID, I> ids, LookupList emailLabels,
                             LookupList phoneLabels, Clock clock) {
        this.editor = editor;
        this.ids = ids;
        this.emailLabels = emailLabels;
        this.phoneLabels = phoneLabels;
        this.clock = clock;
    }

    @Override
    public LookupList labels(ContactField<?> field) {
        return field == ContactField.EMAILS ? emailLabels : phoneLabels;
    }

    @Override
    public Contacts change(Actor actor, UUID ownerId, Integer expectedVersion, UnaryOperator<Contacts> change) {
        return editor.apply(actor, ids.apply(ownerId), expectedVersion,
                owner -> owner.withContacts(change.apply(owner.contacts()), clock)).after().contacts();
    }
}

package com.humanscrm.application.human;

import com.humanscrm.application.contact.ContactOwner;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.contact.ContactField;
import com.humanscrm.domain.contact.Contacts;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.lookup.LookupList;
import java.time.Clock;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Humans as owners of emails and phone numbers: changed through {@link HumanEditor}, like any other change. */
final class HumanContacts implements ContactOwner {

    private final HumanEditor editor;
    private final Clock clock;

    HumanContacts(HumanEditor editor, Clock clock) {
        this.editor = editor;
        this.clock = clock;
    }

    @Override
    public LookupList labels(ContactField<?> field) {
        return field == ContactField.EMAILS ? LookupList.HUMAN_EMAIL_LABELS : LookupList.HUMAN_PHONE_LABELS;
    }

    @Override
    public Contacts change(Actor actor, UUID ownerId, Integer expectedVersion, UnaryOperator<Contacts> change) {
        return editor.apply(actor, new HumanId(ownerId), expectedVersion,
                human -> human.withContacts(change.apply(human.contacts()), clock)).after().contacts();
    }
}

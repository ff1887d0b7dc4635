package com.humanscrm.application.human;

import com.humanscrm.application.contact.AggregateContacts;
import com.humanscrm.application.contact.ContactDrafts;
import com.humanscrm.application.contact.ContactPointUseCases;
import com.humanscrm.application.document.DocumentRemoval;
import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.lookup.Labels;
import com.humanscrm.application.pet.PetRemoval;
import com.humanscrm.application.shared.Essentials;
import com.humanscrm.domain.contact.ContactField;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.RecordKind;

/** What can be done with humans and their emails and phone numbers. */
public record HumanUseCases(HumanQueries queries, CreateHuman create, ChangeHuman change, DeleteHuman delete,
                            ContactPointUseCases<EmailAddress> emails, ContactPointUseCases<PhoneNumber> phones) {

    public static HumanUseCases over(HumanRepository humans, Labels labels, DocumentRemoval documents, PetRemoval pets,
                                     Essentials core) {
        var uow = core.unitOfWork();
        var audit = core.audit();
        var clock = core.clock();
        var drafts = new ContactDrafts(labels);
        var editor = new AggregateEditor<>(RecordKind.HUMAN, humans, uow, audit);
        var contacts = new AggregateContacts<>(editor, HumanId::new, LookupList.HUMAN_EMAIL_LABELS,
                LookupList.HUMAN_PHONE_LABELS, clock);
        return new HumanUseCases(new HumanQueries(humans), new CreateHuman(humans, drafts, uow, audit, clock),
                new ChangeHuman(editor, clock), new DeleteHuman(humans, editor, uow, audit, documents, pets),
                ContactPointUseCases.over(contacts, ContactField.EMAILS, drafts, clock),
                ContactPointUseCases.over(contacts, ContactField.PHONES, drafts, clock));
    }
}

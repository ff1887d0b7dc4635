package com.humanscrm.application.account;

import com.humanscrm.application.contact.AggregateContacts;
import com.humanscrm.application.contact.ContactDrafts;
import com.humanscrm.application.contact.ContactPointUseCases;
import com.humanscrm.application.document.DocumentRemoval;
import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.lookup.Labels;
import com.humanscrm.application.reference.References;
import com.humanscrm.application.shared.Essentials;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.contact.ContactField;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.RecordKind;

/** What can be done with accounts, their emails and phone numbers, and the humans linked to them. */
public record AccountUseCases(AccountQueries queries, CreateAccount create, ChangeAccount change, DeleteAccount delete,
                              ContactPointUseCases<EmailAddress> emails, ContactPointUseCases<PhoneNumber> phones,
                              LinkHuman link, ChangeLinkRole changeLink, UnlinkHuman unlink) {

    public static AccountUseCases over(AccountRepository accounts, References references, Labels labels,
                                       DocumentRemoval documents, Essentials core) {
        var uow = core.unitOfWork();
        var audit = core.audit();
        var clock = core.clock();
        var drafts = new ContactDrafts(labels);
        var editor = new AggregateEditor<>(RecordKind.ACCOUNT, accounts, uow, audit);
        var contacts = new AggregateContacts<>(editor, AccountId::new, LookupList.ACCOUNT_EMAIL_LABELS,
                LookupList.ACCOUNT_PHONE_LABELS, clock);
        return new AccountUseCases(new AccountQueries(accounts), new CreateAccount(accounts, labels, drafts, uow, audit, clock),
                new ChangeAccount(editor, labels, clock), new DeleteAccount(accounts, editor, uow, audit, documents),
                ContactPointUseCases.over(contacts, ContactField.EMAILS, drafts, clock),
                ContactPointUseCases.over(contacts, ContactField.PHONES, drafts, clock),
                new LinkHuman(editor, references, labels, clock), new ChangeLinkRole(editor, labels, clock),
                new UnlinkHuman(editor, clock));
    }
}

package com.humanscrm.application.account;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.contact.ContactDrafts;
import com.humanscrm.application.contact.ContactInput;
import com.humanscrm.application.lookup.Labels;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.contact.ContactField;
import com.humanscrm.domain.contact.ContactPoints;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.NewContactPoint;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.Violations;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** Creates an account with its types, emails and phone numbers; every broken rule of the request is reported at once. */
public final class CreateAccount {

    private final AccountRepository accounts;
    private final Labels labels;
    private final ContactDrafts drafts;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;
    private final Clock clock;

    public CreateAccount(AccountRepository accounts, Labels labels, ContactDrafts drafts, UnitOfWork unitOfWork,
                         AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.labels = labels;
        this.drafts = drafts;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.clock = clock;
    }

    public Account execute(Actor actor, Command command) {
        actor.require(Permission.EDIT_RECORDS);
        // Before anything is looked up: what a request may cost is bounded by the domain's limits.
        Account.requireTypesWithinLimit(command.typeIds().size());
        ContactPoints.requireWithinLimit(ContactField.EMAILS, command.emails().size());
        ContactPoints.requireWithinLimit(ContactField.PHONES, command.phones().size());
        return unitOfWork.inTransaction(() -> {
            Violations problems = new Violations();
            List<Label> types = labels.resolveIds(LookupList.ACCOUNT_TYPES, command.typeIds(), "typeIds", problems);
            List<NewContactPoint<EmailAddress>> emails =
                    drafts.all(ContactField.EMAILS, command.emails(), LookupList.ACCOUNT_EMAIL_LABELS, problems);
            List<NewContactPoint<PhoneNumber>> phones =
                    drafts.all(ContactField.PHONES, command.phones(), LookupList.ACCOUNT_PHONE_LABELS, problems);
            Account account = problems.check(() -> Account.create(
                    new Account.NewAccount(command.name(), command.status(), types, emails, phones), clock));
            problems.throwIfAny();
            accounts.add(account);
            audit.created(actor, RecordKind.ACCOUNT, account.id().value(), account.auditSnapshot());
            return account;
        });
    }

    /** Status ({@code null}: open) is a wire name; types are ids of account-types items; labels are names from the account label lists. */
    public record Command(String name, String status, List<UUID> typeIds, List<ContactInput<EmailAddress>> emails,
                          List<ContactInput<PhoneNumber>> phones) {
        public Command {
            // Not List.copyOf: a null id is the client's mistake, reported under its place, not a crash.
            typeIds = typeIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(typeIds));
            emails = emails == null ? List.of() : List.copyOf(emails);
            phones = phones == null ? List.of() : List.copyOf(phones);
        }
    }
}

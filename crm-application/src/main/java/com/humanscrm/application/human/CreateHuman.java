package com.humanscrm.application.human;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.contact.ContactDrafts;
import com.humanscrm.application.contact.ContactInput;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.contact.ContactField;
import com.humanscrm.domain.contact.ContactPoints;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.NewContactPoint;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.Violations;
import java.time.Clock;
import java.util.List;

/** Creates a human with its emails and phone numbers; every broken rule of the request is reported at once. */
public final class CreateHuman {

    private final HumanRepository humans;
    private final ContactDrafts drafts;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;
    private final Clock clock;

    public CreateHuman(HumanRepository humans, ContactDrafts drafts, UnitOfWork unitOfWork, AuditTrail audit, Clock clock) {
        this.humans = humans;
        this.drafts = drafts;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.clock = clock;
    }

    public Human execute(Actor actor, Command command) {
        actor.require(Permission.EDIT_RECORDS);
        // Before any label of a long list is looked up: what a request may cost is bounded by the domain's limits.
        ContactPoints.requireWithinLimit(ContactField.EMAILS, command.emails().size());
        ContactPoints.requireWithinLimit(ContactField.PHONES, command.phones().size());
        return unitOfWork.inTransaction(() -> {
            Violations problems = new Violations();
            List<NewContactPoint<EmailAddress>> emails =
                    drafts.all(ContactField.EMAILS, command.emails(), LookupList.HUMAN_EMAIL_LABELS, problems);
            List<NewContactPoint<PhoneNumber>> phones =
                    drafts.all(ContactField.PHONES, command.phones(), LookupList.HUMAN_PHONE_LABELS, problems);
            Human human = problems.check(() -> Human.create(new Human.NewHuman(command.firstName(), command.middleName(),
                    command.lastName(), command.status(), command.types(), emails, phones), clock));
            problems.throwIfAny();
            humans.add(human);
            audit.created(actor, RecordKind.HUMAN, human.id().value(), human.auditSnapshot());
            return human;
        });
    }

    /** Status ({@code null}: open) and types are wire names; labels are names from the human label lists. */
    public record Command(String firstName, String middleName, String lastName, String status, List<String> types,
                          List<ContactInput<EmailAddress>> emails, List<ContactInput<PhoneNumber>> phones) {
        public Command {
            emails = emails == null ? List.of() : List.copyOf(emails);
            phones = phones == null ? List.of() : List.copyOf(phones);
        }
    }
}

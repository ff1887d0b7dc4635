package com.humanscrm.application.human;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.lookup.Labels;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanStatus;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.lookup.LookupList;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

public final class CreateHuman {

    private final HumanRepository humans;
    private final Labels labels;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;
    private final Clock clock;

    public CreateHuman(HumanRepository humans, Labels labels, UnitOfWork unitOfWork, AuditTrail audit, Clock clock) {
        this.humans = humans;
        this.labels = labels;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.clock = clock;
    }

    public Human execute(Actor actor, Command command) {
        actor.require(Permission.EDIT_RECORDS);
        // Before a label of a long list is looked up: what a request may cost is bounded by the domain's limits.
        Human.requireWithinLimits(command.emails().size(), command.phones().size());
        return unitOfWork.inTransaction(() -> {
            List<Human.NewEmail> emails = new ArrayList<>();
            for (int i = 0; i < command.emails().size(); i++) {
                EmailInput email = command.emails().get(i);
                emails.add(new Human.NewEmail(email.email(),
                        labels.resolve(LookupList.HUMAN_EMAIL_LABELS, email.label(), "emails[" + i + "].label"), email.primary()));
            }
            List<Human.NewPhone> phones = new ArrayList<>();
            for (int i = 0; i < command.phones().size(); i++) {
                PhoneInput phone = command.phones().get(i);
                phones.add(new Human.NewPhone(phone.number(),
                        labels.resolve(LookupList.HUMAN_PHONE_LABELS, phone.label(), "phones[" + i + "].label"),
                        phone.hasWhatsapp(), phone.primary()));
            }
            Human human = Human.create(new Human.NewHuman(command.firstName(), command.middleName(), command.lastName(),
                    command.status(), command.types(), emails, phones), clock);
            humans.add(human);
            audit.created(actor, RecordKind.HUMAN, human.id().value(), human.auditSnapshot());
            return human;
        });
    }

    /** {@code status} may be {@code null} (open); labels are names from the human label lists. */
    public record Command(String firstName, String middleName, String lastName, HumanStatus status,
                          Set<HumanType> types, List<EmailInput> emails, List<PhoneInput> phones) {
        public Command {
            emails = emails == null ? List.of() : List.copyOf(emails);
            phones = phones == null ? List.of() : List.copyOf(phones);
        }
    }

    public record EmailInput(String email, String label, boolean primary) {
    }

    public record PhoneInput(String number, String label, boolean hasWhatsapp, boolean primary) {
    }
}

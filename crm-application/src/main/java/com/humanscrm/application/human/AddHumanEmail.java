package com.humanscrm.application.human;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.lookup.Labels;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanEmail;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.lookup.LookupList;
import java.time.Clock;

/** Adds an email to a human; marking it primary (or adding the first one) makes it the only primary. */
public final class AddHumanEmail {

    private final HumanEditor editor;
    private final Labels labels;
    private final Clock clock;

    public AddHumanEmail(HumanRepository humans, Labels labels, UnitOfWork unitOfWork, AuditTrail audit, Clock clock) {
        this.editor = new HumanEditor(humans, unitOfWork, audit);
        this.labels = labels;
        this.clock = clock;
    }

    public HumanEmail execute(Actor actor, Command command) {
        return editor.apply(actor, command.humanId(), null, human -> human.addEmail(new Human.NewEmail(command.email(),
                        labels.resolve(LookupList.HUMAN_EMAIL_LABELS, command.label(), "label"), command.primary()), clock))
                .added(Human::emails, HumanEmail::id);
    }

    public record Command(HumanId humanId, String email, String label, boolean primary) {
    }
}

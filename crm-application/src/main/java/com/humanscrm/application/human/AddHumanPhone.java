package com.humanscrm.application.human;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.lookup.Labels;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanPhone;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.lookup.LookupList;
import java.time.Clock;

/** Adds a phone number to a human; marking it primary (or adding the first one) makes it the only primary. */
public final class AddHumanPhone {

    private final HumanEditor editor;
    private final Labels labels;
    private final Clock clock;

    public AddHumanPhone(HumanRepository humans, Labels labels, UnitOfWork unitOfWork, AuditTrail audit, Clock clock) {
        this.editor = new HumanEditor(humans, unitOfWork, audit);
        this.labels = labels;
        this.clock = clock;
    }

    public HumanPhone execute(Actor actor, Command command) {
        return editor.apply(actor, command.humanId(), null, human -> human.addPhone(new Human.NewPhone(command.number(),
                        labels.resolve(LookupList.HUMAN_PHONE_LABELS, command.label(), "label"),
                        command.hasWhatsapp(), command.primary()), clock))
                .added(Human::phones, HumanPhone::id);
    }

    public record Command(HumanId humanId, String number, String label, boolean hasWhatsapp, boolean primary) {
    }
}

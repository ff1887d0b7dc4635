package com.humanscrm.application.human;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.lookup.Labels;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.human.HumanPhone;
import com.humanscrm.domain.lookup.LookupList;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

public final class ChangeHumanPhone {

    private final HumanEditor editor;
    private final Labels labels;
    private final Clock clock;

    public ChangeHumanPhone(HumanRepository humans, Labels labels, UnitOfWork unitOfWork, AuditTrail audit, Clock clock) {
        this.editor = new HumanEditor(humans, unitOfWork, audit);
        this.labels = labels;
        this.clock = clock;
    }

    public HumanPhone execute(Actor actor, Command command) {
        return editor.apply(actor, command.humanId(), command.expectedVersion(), human -> human.changePhone(command.phoneId(),
                        new Human.PhoneChanges(command.number(),
                                labels.resolveChange(LookupList.HUMAN_PHONE_LABELS, command.label(), "label"),
                                command.hasWhatsapp(), command.primary()), clock))
                .after().phone(command.phoneId());
    }

    /**
     * {@code null} leaves a field unchanged; an empty {@code label} clears it. {@code expectedVersion}
     * is the human's (a phone number has no version of its own), checked when given.
     */
    public record Command(HumanId humanId, UUID phoneId, String number, Optional<String> label, Boolean hasWhatsapp,
                          Boolean primary, Integer expectedVersion) {
    }
}

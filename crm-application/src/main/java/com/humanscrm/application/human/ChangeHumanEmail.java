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
import java.util.Optional;
import java.util.UUID;

public final class ChangeHumanEmail {

    private final HumanEditor editor;
    private final Labels labels;
    private final Clock clock;

    public ChangeHumanEmail(HumanRepository humans, Labels labels, UnitOfWork unitOfWork, AuditTrail audit, Clock clock) {
        this.editor = new HumanEditor(humans, unitOfWork, audit);
        this.labels = labels;
        this.clock = clock;
    }

    public HumanEmail execute(Actor actor, Command command) {
        return editor.apply(actor, command.humanId(), command.expectedVersion(), human -> human.changeEmail(command.emailId(),
                        new Human.EmailChanges(command.email(),
                                labels.resolveChange(LookupList.HUMAN_EMAIL_LABELS, command.label(), "label"),
                                command.primary()), clock))
                .after().email(command.emailId());
    }

    /**
     * {@code null} leaves a field unchanged; an empty {@code label} clears it. {@code expectedVersion}
     * is the human's (an email has no version of its own), checked when given.
     */
    public record Command(HumanId humanId, UUID emailId, String email, Optional<String> label, Boolean primary,
                          Integer expectedVersion) {
    }
}

package com.humanscrm.application.human;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.human.HumanId;
import java.time.Clock;
import java.util.UUID;

public final class RemoveHumanPhone {

    private final HumanEditor editor;
    private final Clock clock;

    public RemoveHumanPhone(HumanRepository humans, UnitOfWork unitOfWork, AuditTrail audit, Clock clock) {
        this.editor = new HumanEditor(humans, unitOfWork, audit);
        this.clock = clock;
    }

    public void execute(Actor actor, Command command) {
        editor.apply(actor, command.humanId(), command.expectedVersion(), human -> human.removePhone(command.phoneId(), clock));
    }

    /** {@code expectedVersion} is the human's, checked when given. */
    public record Command(HumanId humanId, UUID phoneId, Integer expectedVersion) {
    }
}

package com.humanscrm.application.human;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.human.HumanStatus;
import com.humanscrm.domain.human.HumanType;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

public final class ChangeHuman {

    private final HumanEditor editor;
    private final Clock clock;

    public ChangeHuman(HumanRepository humans, UnitOfWork unitOfWork, AuditTrail audit, Clock clock) {
        this.editor = new HumanEditor(humans, unitOfWork, audit);
        this.clock = clock;
    }

    public Human execute(Actor actor, Command command) {
        return editor.apply(actor, command.id(), command.expectedVersion(), human -> human.change(
                new Human.HumanChanges(command.firstName(), command.middleName(), command.lastName(),
                        command.status(), command.types()), clock)).after();
    }

    /**
     * {@code null} leaves a field unchanged; an empty {@code middleName} clears it.
     * {@code expectedVersion} (from {@code If-Match}) is checked when given.
     */
    public record Command(HumanId id, Integer expectedVersion, String firstName, Optional<String> middleName,
                          String lastName, HumanStatus status, Set<HumanType> types) {
    }
}

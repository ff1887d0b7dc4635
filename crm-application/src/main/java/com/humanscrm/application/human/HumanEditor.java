package com.humanscrm.application.human;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.VersionMismatchException;
import java.util.function.UnaryOperator;

/**
 * The one path by which an existing human changes: load, check the caller's expected version,
 * apply the change, store it and audit it, all in one transaction. Every use case that edits a
 * human or its emails and phones goes through here.
 */
final class HumanEditor {

    private final HumanRepository humans;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;

    HumanEditor(HumanRepository humans, UnitOfWork unitOfWork, AuditTrail audit) {
        this.humans = humans;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
    }

    Edit apply(Actor actor, HumanId id, Integer expectedVersion, UnaryOperator<Human> change) {
        actor.require(Permission.EDIT_RECORDS);
        return unitOfWork.inTransaction(() -> {
            Human before = load(id);
            VersionMismatchException.check(RecordKind.HUMAN, expectedVersion, before.version());
            Human after = change.apply(before);
            if (after.auditSnapshot().equals(before.auditSnapshot())) {
                // Nothing anyone could see changed: keep the version, so others holding it can still write.
                return new Edit(before, before);
            }
            humans.update(after);
            audit.updated(actor, RecordKind.HUMAN, id.value(), before.auditSnapshot(), after.auditSnapshot());
            return new Edit(before, after);
        });
    }

    /** The human before and after one change. */
    record Edit(Human before, Human after) {
    }

    /** The human, held for a change ({@link HumanRepository#findForChange}). */
    Human load(HumanId id) {
        return humans.findForChange(id).orElseThrow(() -> NotFoundException.of(RecordKind.HUMAN, id));
    }
}

package com.humanscrm.application.colleague;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.shared.AccessDeniedException;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.shared.RuleViolationException;
import com.humanscrm.domain.shared.VersionMismatchException;
import java.time.Clock;
import java.util.Optional;

/**
 * Changes a colleague's names, role or active flag. A new role or a deactivation applies to their
 * very next request, through whichever credential they use.
 */
public final class ChangeColleague {

    private final ColleagueRepository colleagues;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;
    private final Clock clock;

    public ChangeColleague(ColleagueRepository colleagues, UnitOfWork unitOfWork, AuditTrail audit, Clock clock) {
        this.colleagues = colleagues;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.clock = clock;
    }

    public Colleague execute(Actor actor, Command command) {
        actor.require(Permission.ADMINISTER);
        if (command.id().equals(actor.colleagueId())
                && (Boolean.FALSE.equals(command.active()) || (command.role() != null && command.role() != Role.ADMIN))) {
            // An admin locking themselves out could leave nobody able to administer the CRM.
            throw RuleViolationException.form("You cannot deactivate yourself or lower your own role");
        }
        return unitOfWork.inTransaction(() -> {
            Colleague before = loadHeldWithTheActor(actor, command.id());
            VersionMismatchException.check(RecordKind.COLLEAGUE, command.expectedVersion(), before.version());
            Colleague after = before.change(new Colleague.Changes(command.firstName(), command.middleNames(),
                    command.lastName(), command.displayName(), command.role(), command.active()), clock);
            if (after.auditSnapshot().equals(before.auditSnapshot())) {
                // Nothing changed: keep the version, so others holding it can still write.
                return before;
            }
            colleagues.update(after);
            audit.updated(actor, RecordKind.COLLEAGUE, after.id().value(), before.auditSnapshot(), after.auditSnapshot());
            return after;
        });
    }

    /**
     * The colleague to change, held with the acting admin's own row, both in id order (so two admins changing
     * each other wait for one another rather than deadlock); then the actor's standing is read again under the
     * lock, so that of two admins demoting each other at once the second is refused, and an admin remains.
     */
    private Colleague loadHeldWithTheActor(Actor actor, ColleagueId id) {
        ColleagueId self = actor.colleagueId();
        if (self == null || self.equals(id)) {
            return ColleagueQueries.loadForChange(colleagues, id);
        }
        boolean selfFirst = self.value().compareTo(id.value()) < 0;
        if (selfFirst) {
            requireStillAdmin(self);
        }
        Colleague target = ColleagueQueries.loadForChange(colleagues, id);
        if (!selfFirst) {
            requireStillAdmin(self);
        }
        return target;
    }

    private void requireStillAdmin(ColleagueId self) {
        boolean admin = colleagues.findForChange(self).filter(me -> me.active() && me.role() == Role.ADMIN).isPresent();
        if (!admin) {
            throw new AccessDeniedException("You are no longer an active admin");
        }
    }

    /** {@code null} leaves a field unchanged; an empty {@code middleNames} clears it. */
    public record Command(ColleagueId id, Integer expectedVersion, String firstName, Optional<String> middleNames,
                          String lastName, String displayName, Role role, Boolean active) {
    }
}

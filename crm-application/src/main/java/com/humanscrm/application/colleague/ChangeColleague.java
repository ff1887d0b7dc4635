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
import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.RuleViolationException;
import com.humanscrm.domain.shared.VersionMismatchException;
import com.humanscrm.domain.shared.Violations;
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
        Violations problems = new Violations();
        String firstName = given(command.firstName(), "firstName", problems);
        String lastName = given(command.lastName(), "lastName", problems);
        String displayName = given(command.displayName(), "displayName", problems);
        if (displayName != null && displayName.isBlank()) {
            // Blank would quietly bring back the default display name: a change names the one it wants.
            problems.note(RuleViolationException.field("displayName", "must not be blank"));
        }
        String roleName = given(command.role(), "role", problems);
        Role role = roleName == null ? null : problems.check(() -> Role.fromWireName(roleName, "role"));
        if (command.id().equals(actor.colleagueId())
                && (Boolean.FALSE.equals(command.active()) || (role != null && role != Role.ADMIN))) {
            // An admin locking themselves out could leave nobody able to administer the CRM.
            problems.note(RuleViolationException.form("You cannot deactivate yourself or lower your own role"));
        }
        return unitOfWork.inTransaction(() -> {
            Colleague before = loadHeldWithTheActor(actor, command.id());
            VersionMismatchException.check(RecordKind.COLLEAGUE, command.expectedVersion(), before.version());
            Colleague after = problems.check(() -> before.change(new Colleague.Changes(firstName, command.middleNames(),
                    lastName, displayName, role, command.active()), clock));
            problems.throwIfAny();
            if (after.auditSnapshot().equals(before.auditSnapshot())) {
                // Nothing changed: keep the version, so others holding it can still write.
                return before;
            }
            colleagues.update(after);
            audit.updated(actor, RecordKind.COLLEAGUE, after.id().value(), before.auditSnapshot(), after.auditSnapshot());
            return after;
        });
    }

    /** The new value of a field that may change but not be cleared; {@code null} when it stays as it is. */
    private static <T> T given(Optional<T> field, String name, Violations problems) {
        return field == null ? null : problems.check(() -> Checks.required(field.orElse(null), name));
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

    /**
     * {@code null} leaves a field unchanged; an empty Optional asks to clear it, which only {@code middleNames}
     * allows; {@code active} cannot be cleared. {@code role} is a wire name. Every broken rule is reported at once.
     */
    public record Command(ColleagueId id, Integer expectedVersion, Optional<String> firstName, Optional<String> middleNames,
                          Optional<String> lastName, Optional<String> displayName, Optional<String> role,
                          Boolean active) {
    }
}

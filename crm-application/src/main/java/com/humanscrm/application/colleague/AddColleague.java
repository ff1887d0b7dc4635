package com.humanscrm.application.colleague;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.Violations;
import java.time.Clock;

/**
 * An admin (or the operator, for the first admin) adds a colleague, who can then sign in; every broken rule
 * of the request is reported at once.
 */
public final class AddColleague {

    private final ColleagueRepository colleagues;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;
    private final Clock clock;

    public AddColleague(ColleagueRepository colleagues, UnitOfWork unitOfWork, AuditTrail audit, Clock clock) {
        this.colleagues = colleagues;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.clock = clock;
    }

    public Colleague execute(Actor actor, Command command) {
        actor.require(Permission.ADMINISTER);
        Violations problems = new Violations();
        Role role = problems.check(() -> Role.fromWireName(Checks.required(command.role(), "role"), "role"));
        Colleague colleague = problems.check(() -> Colleague.create(command.email(), command.firstName(),
                command.middleNames(), command.lastName(), command.displayName(), role, clock));
        problems.throwIfAny();
        return unitOfWork.inTransaction(() -> {
            if (colleagues.findByEmail(colleague.email()).isPresent()) {
                throw ConflictException.duplicate("A colleague with the email " + colleague.email() + " exists already");
            }
            colleagues.add(colleague);
            audit.created(actor, RecordKind.COLLEAGUE, colleague.id().value(), colleague.auditSnapshot());
            return colleague;
        });
    }

    /** {@code displayName} and {@code middleNames} may be {@code null}; {@code role} is a wire name. */
    public record Command(String email, String firstName, String middleNames, String lastName, String displayName, String role) {
    }
}

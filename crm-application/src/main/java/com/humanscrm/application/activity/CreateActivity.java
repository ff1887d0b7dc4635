package com.humanscrm.application.activity;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.reference.References;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.activity.Activity;
import com.humanscrm.domain.activity.ActivityType;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Logs an activity as the calling colleague's; every broken rule of the request is reported at once. */
public final class CreateActivity {

    private final ActivityRepository activities;
    private final References references;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;
    private final Clock clock;

    public CreateActivity(ActivityRepository activities, References references, UnitOfWork unitOfWork, AuditTrail audit,
                          Clock clock) {
        this.activities = activities;
        this.references = references;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.clock = clock;
    }

    public Activity execute(Actor actor, Command command) {
        actor.require(Permission.EDIT_RECORDS);
        var colleague = Objects.requireNonNull(actor.colleagueId(), "an activity is logged by a colleague");
        return unitOfWork.inTransaction(() -> {
            Violations problems = new Violations();
            ActivityType type = problems.check(() -> ActivityType.fromWireName(Checks.required(command.type(), "type"), "type"));
            HumanId human = problems.check(() -> references.human(command.humanId(), "humanId"));
            AccountId account = problems.check(() -> references.account(command.accountId(), "accountId"));
            Activity activity = problems.check(() -> Activity.create(new Activity.Fields(type, command.subject(),
                    command.notes(), command.activityDate(), human, account, command.gmailId(), command.frontId()), colleague, clock));
            problems.throwIfAny();
            activities.add(activity);
            audit.created(actor, RecordKind.ACTIVITY, activity.id().value(), activity.auditSnapshot());
            return activity;
        });
    }

    /** Type is a wire name; no {@code activityDate} means now; at least one of the human and the account is given. */
    public record Command(String type, String subject, String notes, Instant activityDate, UUID humanId, UUID accountId,
                          String gmailId, String frontId) {
    }
}

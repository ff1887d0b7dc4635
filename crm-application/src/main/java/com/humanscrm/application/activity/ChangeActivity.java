package com.humanscrm.application.activity;

import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.edit.Patched;
import com.humanscrm.application.reference.References;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.activity.Activity;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.activity.ActivityType;
import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Changes what an activity says or whom it is about; who logged it is never changed. */
public final class ChangeActivity {

    private final AggregateEditor<ActivityId, Activity> editor;
    private final References references;
    private final Clock clock;

    public ChangeActivity(AggregateEditor<ActivityId, Activity> editor, References references, Clock clock) {
        this.editor = editor;
        this.references = references;
        this.clock = clock;
    }

    public Activity execute(Actor actor, Command command) {
        return editor.apply(actor, command.id(), command.expectedVersion(), activity -> {
            Activity.Fields now = activity.fields();
            Violations problems = new Violations();
            var type = problems.check(() -> Patched.value(command.type(), now.type(),
                    name -> ActivityType.fromWireName(Checks.required(name, "type"), "type")));
            var human = problems.check(() -> Patched.value(command.humanId(), now.humanId(),
                    id -> references.human(id, "humanId")));
            var account = problems.check(() -> Patched.value(command.accountId(), now.accountId(),
                    id -> references.account(id, "accountId")));
            Activity result = problems.check(() -> activity.change(new Activity.Fields(type,
                    Patched.value(command.subject(), now.subject()),
                    Patched.value(command.notes(), now.notes()),
                    Patched.value(command.activityDate(), now.activityDate()), human, account,
                    Patched.value(command.gmailId(), now.gmailId()),
                    Patched.value(command.frontId(), now.frontId())), clock));
            problems.throwIfAny();
            return result;
        }).after();
    }

    /**
     * {@code null} leaves a field unchanged; an empty Optional clears it, which type and activityDate do not
     * allow, nor the human and the account both. {@code expectedVersion} (from {@code If-Match}) is checked
     * when given.
     */
    public record Command(ActivityId id, Integer expectedVersion, Optional<String> type, Optional<String> subject,
                          Optional<String> notes, Optional<Instant> activityDate, Optional<UUID> humanId,
                          Optional<UUID> accountId, Optional<String> gmailId, Optional<String> frontId) {
    }
}

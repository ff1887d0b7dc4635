package com.humanscrm.application.activity;

import com.humanscrm.application.edit.AggregateEditor;
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
import java.util.function.Function;

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
            var type = problems.check(() -> changed(command.type(), now.type(),
                    name -> ActivityType.fromWireName(Checks.required(name, "type"), "type")));
            var human = problems.check(() -> changed(command.humanId(), now.humanId(), id -> references.human(id, "humanId")));
            var account = problems.check(() -> changed(command.accountId(), now.accountId(),
                    id -> references.account(id, "accountId")));
            Activity result = problems.check(() -> activity.change(new Activity.Fields(type,
                    changed(command.subject(), now.subject(), Function.identity()),
                    changed(command.notes(), now.notes(), Function.identity()),
                    changed(command.activityDate(), now.activityDate(), Function.identity()), human, account,
                    changed(command.gmailId(), now.gmailId(), Function.identity()),
                    changed(command.frontId(), now.frontId(), Function.identity())), clock));
            problems.throwIfAny();
            return result;
        }).after();
    }

    /** The current value when the field was not sent; else what was sent ({@code null} when cleared), read. */
    private static <S, T> T changed(Optional<S> sent, T current, Function<S, T> read) {
        if (sent == null) {
            return current;
        }
        return read.apply(sent.orElse(null));
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

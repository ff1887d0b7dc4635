package com.humanscrm.application.activity;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.document.DocumentRemoval;
import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.activity.Activity;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.document.RecordRef;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.VersionMismatchException;

/**
 * Deletes an activity with its documents; the audit entry keeps the whole record. Like its edits, this is
 * for agents and above: an activity is a note colleagues keep, not a record only admins may remove.
 */
public final class DeleteActivity {

    private final ActivityRepository activities;
    private final AggregateEditor<ActivityId, Activity> editor;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;
    private final DocumentRemoval documents;

    public DeleteActivity(ActivityRepository activities, AggregateEditor<ActivityId, Activity> editor,
                          UnitOfWork unitOfWork, AuditTrail audit, DocumentRemoval documents) {
        this.activities = activities;
        this.editor = editor;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.documents = documents;
    }

    public Activity execute(Actor actor, Command command) {
        actor.require(Permission.EDIT_RECORDS);
        return unitOfWork.inTransaction(() -> {
            Activity activity = editor.load(command.id());
            VersionMismatchException.check(RecordKind.ACTIVITY, command.expectedVersion(), activity.version());
            activities.remove(command.id());
            audit.deleted(actor, RecordKind.ACTIVITY, command.id().value(), activity.auditSnapshot());
            documents.removeAllOf(actor, new RecordRef(RecordKind.ACTIVITY, command.id().value()));
            return activity;
        });
    }

    public record Command(ActivityId id, Integer expectedVersion) {
    }
}

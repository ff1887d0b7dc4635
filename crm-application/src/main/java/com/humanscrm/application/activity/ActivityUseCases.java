package com.humanscrm.application.activity;

import com.humanscrm.application.document.DocumentRemoval;
import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.reference.References;
import com.humanscrm.application.shared.Essentials;
import com.humanscrm.domain.shared.RecordKind;

/** What can be done with activities. */
public record ActivityUseCases(ActivityQueries queries, CreateActivity create, ChangeActivity change,
                               DeleteActivity delete) {

    public static ActivityUseCases over(ActivityRepository activities, References references, DocumentRemoval documents,
                                        Essentials core) {
        var editor = new AggregateEditor<>(RecordKind.ACTIVITY, activities, core.unitOfWork(), core.audit());
        return new ActivityUseCases(new ActivityQueries(activities),
                new CreateActivity(activities, references, core.unitOfWork(), core.audit(), core.clock()),
                new ChangeActivity(editor, references, core.clock()),
                new DeleteActivity(activities, editor, core.unitOfWork(), core.audit(), documents));
    }
}

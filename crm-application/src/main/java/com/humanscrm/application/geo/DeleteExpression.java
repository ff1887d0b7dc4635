package com.humanscrm.application.geo;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.geo.Expression;
import com.humanscrm.domain.geo.ExpressionId;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.VersionMismatchException;

/** Deletes an expression; the audit entry keeps it whole. */
public final class DeleteExpression {

    private final ExpressionRepository expressions;
    private final AggregateEditor<ExpressionId, Expression> editor;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;

    public DeleteExpression(ExpressionRepository expressions, AggregateEditor<ExpressionId, Expression> editor,
                            UnitOfWork unitOfWork, AuditTrail audit) {
        this.expressions = expressions;
        this.editor = editor;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
    }

    public void execute(Actor actor, Command command) {
        actor.require(Permission.EDIT_RECORDS);
        unitOfWork.inTransaction(() -> {
            Expression expression = editor.load(command.id());
            VersionMismatchException.check(RecordKind.GEO_INTEREST_EXPRESSION, command.expectedVersion(), expression.version());
            expressions.remove(command.id());
            audit.deleted(actor, RecordKind.GEO_INTEREST_EXPRESSION, command.id().value(), expression.auditSnapshot());
            return null;
        });
    }

    public record Command(ExpressionId id, Integer expectedVersion) {
    }
}

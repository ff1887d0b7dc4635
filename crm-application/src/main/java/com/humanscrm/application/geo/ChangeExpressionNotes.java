package com.humanscrm.application.geo;

import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.geo.Expression;
import com.humanscrm.domain.geo.ExpressionId;
import java.time.Clock;

/** Changes what an expression's notes say; its place and human stay. */
public final class ChangeExpressionNotes {

    private final AggregateEditor<ExpressionId, Expression> editor;
    private final ExpressionRepository expressions;
    private final Clock clock;

    public ChangeExpressionNotes(AggregateEditor<ExpressionId, Expression> editor, ExpressionRepository expressions,
                                 Clock clock) {
        this.editor = editor;
        this.expressions = expressions;
        this.clock = clock;
    }

    public ExpressionView execute(Actor actor, Command command) {
        Expression changed = editor.apply(actor, command.id(), command.expectedVersion(),
                expression -> expression.withNotes(command.notes(), clock)).after();
        return expressions.findById(changed.id()).orElseThrow();
    }

    /** {@code notes}: {@code null} clears them. {@code expectedVersion} (from {@code If-Match}) is checked when given. */
    public record Command(ExpressionId id, Integer expectedVersion, String notes) {
    }
}

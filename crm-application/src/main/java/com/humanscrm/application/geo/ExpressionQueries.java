package com.humanscrm.application.geo;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.geo.ExpressionId;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RecordKind;

public final class ExpressionQueries {

    private final ExpressionRepository expressions;

    public ExpressionQueries(ExpressionRepository expressions) {
        this.expressions = expressions;
    }

    public ExpressionView get(Actor actor, ExpressionId id) {
        actor.require(Permission.VIEW_RECORDS);
        return expressions.findById(id).orElseThrow(() -> NotFoundException.of(RecordKind.GEO_INTEREST_EXPRESSION, id));
    }

    public Page<ExpressionView> list(Actor actor, ExpressionListQuery query) {
        actor.require(Permission.VIEW_RECORDS);
        return expressions.list(query);
    }
}

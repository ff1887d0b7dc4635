package com.humanscrm.application.geo;

import com.humanscrm.application.edit.AggregateStore;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.geo.Expression;
import com.humanscrm.domain.geo.ExpressionId;
import com.humanscrm.domain.geo.GeoInterestId;
import java.util.List;
import java.util.Optional;

/** Expressions of interest in places, each with the place it is of when read. */
public interface ExpressionRepository extends AggregateStore<ExpressionId, Expression> {

    Optional<ExpressionView> findById(ExpressionId id);

    void add(Expression expression);

    void remove(ExpressionId id);

    /** Removes every expression of a place, answering what was removed (for the audit log). */
    List<Expression> removeAllOf(GeoInterestId place);

    /** A page of expressions, newest first. */
    Page<ExpressionView> list(ExpressionListQuery query);
}

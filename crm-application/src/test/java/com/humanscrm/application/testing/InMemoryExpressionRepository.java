package com.humanscrm.application.testing;

import com.humanscrm.application.geo.ExpressionListQuery;
import com.humanscrm.application.geo.ExpressionRepository;
import com.humanscrm.application.geo.ExpressionView;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.geo.Expression;
import com.humanscrm.domain.geo.ExpressionId;
import com.humanscrm.domain.geo.GeoInterest;
import com.humanscrm.domain.geo.GeoInterestId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.RecordKind;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Expressions in a map, read with their place from the places fake; newest first as the database lists them. */
public final class InMemoryExpressionRepository implements ExpressionRepository {

    private final Map<ExpressionId, Expression> expressions = new ConcurrentHashMap<>();
    private Function<GeoInterestId, Optional<GeoInterest>> places = id -> Optional.empty();

    /** Where the places expressions are of are read from. */
    public void placesFrom(Function<GeoInterestId, Optional<GeoInterest>> places) {
        this.places = places;
    }

    @Override
    public Optional<ExpressionView> findById(ExpressionId id) {
        return Optional.ofNullable(expressions.get(id)).map(this::view);
    }

    /** Nothing to wait for in the fake: the races this lock settles are proven on PostgreSQL. */
    @Override
    public Optional<Expression> findForChange(ExpressionId id) {
        return Optional.ofNullable(expressions.get(id));
    }

    @Override
    public void add(Expression expression) {
        expressions.put(expression.id(), expression);
    }

    @Override
    public void update(Expression expression) {
        Expression stored = expressions.get(expression.id());
        if (stored == null || stored.version() != expression.version() - 1) {
            throw ConflictException.concurrentModification(RecordKind.GEO_INTEREST_EXPRESSION, expression.id());
        }
        expressions.put(expression.id(), expression);
    }

    @Override
    public void remove(ExpressionId id) {
        expressions.remove(id);
    }

    @Override
    public List<Expression> removeAllOf(GeoInterestId place) {
        List<Expression> removed = expressions.values().stream().filter(expression -> expression.geoInterestId().equals(place))
                .toList();
        removed.forEach(expression -> expressions.remove(expression.id()));
        return removed;
    }

    @Override
    public Page<ExpressionView> list(ExpressionListQuery query) {
        return InMemoryPages.page(expressions.values().stream()
                .filter(expression -> query.humanId() == null || expression.humanId().equals(query.humanId()))
                .filter(expression -> query.geoInterestId() == null || expression.geoInterestId().equals(query.geoInterestId()))
                .filter(expression -> query.activityId() == null
                        || expression.activityId().equals(Optional.of(query.activityId())))
                .map(this::view)
                .toList(), new InMemoryPages.Order<>(ExpressionListQuery.ORDER, true, view -> view.expression().createdAt(),
                Instant::toString, Instant::parse, view -> view.expression().id().value()), query.page());
    }

    /** Every expression, in no order. */
    public Collection<Expression> all() {
        return List.copyOf(expressions.values());
    }

    /** What deleting a human does to its expressions, as the database's cascade: they go with it. */
    public void removeAllBy(HumanId human) {
        expressions.values().removeIf(expression -> expression.humanId().equals(human));
    }

    /** What deleting an activity does to the expressions voiced in it, as the database's SET NULL: they stay, without it. */
    public void forget(ActivityId activity) {
        expressions.replaceAll((id, expression) -> expression.activityId().equals(Optional.of(activity))
                ? Expression.restore(id, expression.geoInterestId(), expression.humanId(), null,
                        expression.notes().orElse(null), expression.version(), expression.createdAt(), expression.updatedAt())
                : expression);
    }

    private ExpressionView view(Expression expression) {
        return new ExpressionView(expression, places.apply(expression.geoInterestId()).orElseThrow());
    }
}

package com.humanscrm.adapters.persistence.geo;

import static com.humanscrm.adapters.persistence.jooq.Tables.GEO_INTERESTS;
import static com.humanscrm.adapters.persistence.jooq.Tables.GEO_INTEREST_EXPRESSIONS;

import com.humanscrm.adapters.persistence.jooq.tables.records.GeoInterestExpressionsRecord;
import com.humanscrm.adapters.persistence.shared.Conflicts;
import com.humanscrm.adapters.persistence.shared.Keyset;
import com.humanscrm.application.geo.ExpressionListQuery;
import com.humanscrm.application.geo.ExpressionRepository;
import com.humanscrm.application.geo.ExpressionView;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.geo.Expression;
import com.humanscrm.domain.geo.ExpressionId;
import com.humanscrm.domain.geo.GeoInterestId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.RecordKind;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

/** Expressions, one row each, read with their place's row; lists are newest first from an index per filter. */
public final class JooqExpressionRepository implements ExpressionRepository {

    private final DSLContext dsl;

    public JooqExpressionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<ExpressionView> findById(ExpressionId id) {
        return withPlaces().where(GEO_INTEREST_EXPRESSIONS.ID.eq(id.value())).fetchOptional(JooqExpressionRepository::view);
    }

    @Override
    public Optional<Expression> findForChange(ExpressionId id) {
        return dsl.selectFrom(GEO_INTEREST_EXPRESSIONS).where(GEO_INTEREST_EXPRESSIONS.ID.eq(id.value())).forNoKeyUpdate()
                .fetchOptional(JooqExpressionRepository::restored);
    }

    @Override
    public void add(Expression expression) {
        dsl.insertInto(GEO_INTEREST_EXPRESSIONS).set(row(expression)).execute();
    }

    @Override
    public void update(Expression expression) {
        Conflicts.updateIfCurrent(dsl, row(expression), GEO_INTEREST_EXPRESSIONS.ID, GEO_INTEREST_EXPRESSIONS.VERSION,
                RecordKind.GEO_INTEREST_EXPRESSION);
    }

    @Override
    public void remove(ExpressionId id) {
        dsl.deleteFrom(GEO_INTEREST_EXPRESSIONS).where(GEO_INTEREST_EXPRESSIONS.ID.eq(id.value())).execute();
    }

    @Override
    public List<Expression> removeAllOf(GeoInterestId place) {
        return dsl.deleteFrom(GEO_INTEREST_EXPRESSIONS).where(GEO_INTEREST_EXPRESSIONS.GEO_INTEREST_ID.eq(place.value()))
                .returning().fetch(JooqExpressionRepository::restored);
    }

    @Override
    public Page<ExpressionView> list(ExpressionListQuery query) {
        Keyset<ExpressionView, ?> order = Keyset.byInstant(ExpressionListQuery.ORDER, GEO_INTEREST_EXPRESSIONS.CREATED_AT,
                GEO_INTEREST_EXPRESSIONS.ID, true, view -> view.expression().createdAt(),
                view -> view.expression().id().value());
        Condition filter = filter(query);
        return order.page(withPlaces()
                        .where(filter, order.after(query.page().cursor()))
                        .orderBy(order.orderBy())
                        .limit(order.rowsToFetch(query.page()))
                        .fetch(JooqExpressionRepository::view),
                query.page(), () -> dsl.fetchCount(GEO_INTEREST_EXPRESSIONS, filter));
    }

    private SelectOnConditionStep<Record> withPlaces() {
        return dsl.select(GEO_INTEREST_EXPRESSIONS.fields()).select(GEO_INTERESTS.fields())
                .from(GEO_INTEREST_EXPRESSIONS)
                .join(GEO_INTERESTS).on(GEO_INTERESTS.ID.eq(GEO_INTEREST_EXPRESSIONS.GEO_INTEREST_ID));
    }

    private static Condition filter(ExpressionListQuery query) {
        Condition filter = DSL.noCondition();
        if (query.humanId() != null) {
            filter = filter.and(GEO_INTEREST_EXPRESSIONS.HUMAN_ID.eq(query.humanId().value()));
        }
        if (query.geoInterestId() != null) {
            filter = filter.and(GEO_INTEREST_EXPRESSIONS.GEO_INTEREST_ID.eq(query.geoInterestId().value()));
        }
        if (query.activityId() != null) {
            filter = filter.and(GEO_INTEREST_EXPRESSIONS.ACTIVITY_ID.eq(query.activityId().value()));
        }
        return filter;
    }

    private static ExpressionView view(Record row) {
        return new ExpressionView(restored(row.into(GEO_INTEREST_EXPRESSIONS)),
                JooqGeoInterestRepository.restored(row.into(GEO_INTERESTS)));
    }

    private static Expression restored(GeoInterestExpressionsRecord row) {
        return Expression.restore(new ExpressionId(row.getId()), new GeoInterestId(row.getGeoInterestId()),
                new HumanId(row.getHumanId()), row.getActivityId() == null ? null : new ActivityId(row.getActivityId()),
                row.getNotes(), row.getVersion(), row.getCreatedAt(), row.getUpdatedAt());
    }

    private static GeoInterestExpressionsRecord row(Expression expression) {
        return new GeoInterestExpressionsRecord(expression.id().value(), expression.geoInterestId().value(),
                expression.humanId().value(), expression.activityId().map(ActivityId::value).orElse(null),
                expression.notes().orElse(null), expression.version(), expression.createdAt(), expression.updatedAt());
    }
}

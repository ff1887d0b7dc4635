package com.humanscrm.adapters.persistence.geo;

import static com.humanscrm.adapters.persistence.jooq.Tables.GEO_INTERESTS;
import static com.humanscrm.adapters.persistence.jooq.Tables.GEO_INTEREST_EXPRESSIONS;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.selectCount;

import com.humanscrm.adapters.persistence.jooq.tables.records.GeoInterestsRecord;
import com.humanscrm.adapters.persistence.shared.Conflicts;
import com.humanscrm.adapters.persistence.shared.Keyset;
import com.humanscrm.application.geo.GeoInterestListQuery;
import com.humanscrm.application.geo.GeoInterestRepository;
import com.humanscrm.application.geo.GeoInterestSummary;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.geo.GeoInterest;
import com.humanscrm.domain.geo.GeoInterestId;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

/** Places, one row each by their keys; the list counts each place's humans and expressions from an index. */
public final class JooqGeoInterestRepository implements GeoInterestRepository {

    private static final Field<Integer> HUMAN_COUNT = field(DSL.select(countDistinct(GEO_INTEREST_EXPRESSIONS.HUMAN_ID))
            .from(GEO_INTEREST_EXPRESSIONS).where(GEO_INTEREST_EXPRESSIONS.GEO_INTEREST_ID.eq(GEO_INTERESTS.ID)))
            .as("human_count");
    private static final Field<Integer> EXPRESSION_COUNT = field(selectCount().from(GEO_INTEREST_EXPRESSIONS)
            .where(GEO_INTEREST_EXPRESSIONS.GEO_INTEREST_ID.eq(GEO_INTERESTS.ID))).as("expression_count");

    private final DSLContext dsl;

    public JooqGeoInterestRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * An insert that does nothing on the keys' conflict, then a read: of two racing creates of one place,
     * the second's insert waits for the first's commit, does nothing, and its read sees the first's row.
     */
    @Override
    public Found findOrAdd(GeoInterest candidate) {
        int inserted = dsl.insertInto(GEO_INTERESTS).set(row(candidate))
                .onConflict(GEO_INTERESTS.CITY_KEY, GEO_INTERESTS.COUNTRY_KEY).doNothing()
                .execute();
        if (inserted == 1) {
            return new Found(candidate, true);
        }
        return new Found(dsl.selectFrom(GEO_INTERESTS)
                .where(GEO_INTERESTS.CITY_KEY.eq(candidate.cityKey()), GEO_INTERESTS.COUNTRY_KEY.eq(candidate.countryKey()))
                .fetchSingle(JooqGeoInterestRepository::restored), false);
    }

    @Override
    public Optional<GeoInterest> findById(GeoInterestId id) {
        return dsl.selectFrom(GEO_INTERESTS).where(GEO_INTERESTS.ID.eq(id.value()))
                .fetchOptional(JooqGeoInterestRepository::restored);
    }

    @Override
    public Optional<GeoInterest> findForChange(GeoInterestId id) {
        return dsl.selectFrom(GEO_INTERESTS).where(GEO_INTERESTS.ID.eq(id.value())).forUpdate()
                .fetchOptional(JooqGeoInterestRepository::restored);
    }

    @Override
    public void remove(GeoInterestId id) {
        Conflicts.refuseInUse(() -> dsl.deleteFrom(GEO_INTERESTS).where(GEO_INTERESTS.ID.eq(id.value())).execute(),
                "Humans' expressions are of the geo-interest " + id + "; delete them first, or delete with ?force=true");
    }

    @Override
    public Optional<GeoInterest> hold(GeoInterestId id) {
        // FOR KEY SHARE: blocks a DELETE of the row until this transaction ends, yet not an UPDATE of it.
        return dsl.selectFrom(GEO_INTERESTS).where(GEO_INTERESTS.ID.eq(id.value())).forKeyShare()
                .fetchOptional(JooqGeoInterestRepository::restored);
    }

    @Override
    public Page<GeoInterestSummary> list(GeoInterestListQuery query) {
        Keyset<GeoInterestSummary, ?> order = Keyset.byText(GeoInterestListQuery.ORDER, GEO_INTERESTS.CITY_KEY, GEO_INTERESTS.ID, false,
                summary -> summary.place().cityKey(), summary -> summary.place().id().value());
        Condition filter = query.q() == null ? DSL.noCondition()
                : GEO_INTERESTS.CITY_KEY.startsWith(query.q()).or(GEO_INTERESTS.COUNTRY_KEY.startsWith(query.q()));
        return order.page(summaries()
                        .where(filter, order.after(query.page().cursor()))
                        .orderBy(order.orderBy())
                        .limit(order.rowsToFetch(query.page()))
                        .fetch(JooqGeoInterestRepository::summary),
                query.page(), () -> dsl.fetchCount(GEO_INTERESTS, filter));
    }

    @Override
    public Optional<GeoInterestSummary> summary(GeoInterestId id) {
        return summaries().where(GEO_INTERESTS.ID.eq(id.value())).fetchOptional(JooqGeoInterestRepository::summary);
    }

    private SelectJoinStep<Record> summaries() {
        return dsl.select(GEO_INTERESTS.fields()).select(HUMAN_COUNT, EXPRESSION_COUNT).from(GEO_INTERESTS);
    }

    private static GeoInterestSummary summary(Record row) {
        return new GeoInterestSummary(restored(row.into(GEO_INTERESTS)), row.get(HUMAN_COUNT), row.get(EXPRESSION_COUNT));
    }

    static GeoInterest restored(GeoInterestsRecord row) {
        return GeoInterest.restore(new GeoInterestId(row.getId()), row.getCity(), row.getCountry(), row.getCreatedAt());
    }

    private static GeoInterestsRecord row(GeoInterest place) {
        return new GeoInterestsRecord(place.id().value(), place.city(), place.country(), place.cityKey(),
                place.countryKey(), place.createdAt());
    }
}

package com.humanscrm.application.geo;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.geo.GeoInterestId;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RecordKind;
import java.util.List;

public final class GeoInterestQueries {

    /** How many of a place's newest expressions its detail shows; the expressions list pages through all. */
    public static final int DETAIL_EXPRESSIONS = 50;

    private final GeoInterestRepository places;
    private final ExpressionRepository expressions;

    public GeoInterestQueries(GeoInterestRepository places, ExpressionRepository expressions) {
        this.places = places;
        this.expressions = expressions;
    }

    public Page<GeoInterestSummary> list(Actor actor, GeoInterestListQuery query) {
        actor.require(Permission.VIEW_RECORDS);
        return places.list(query);
    }

    public Detail get(Actor actor, GeoInterestId id) {
        actor.require(Permission.VIEW_RECORDS);
        GeoInterestSummary place = places.summary(id).orElseThrow(() -> NotFoundException.of(RecordKind.GEO_INTEREST, id));
        return new Detail(place, expressions.list(ExpressionListQuery.newestOf(id, DETAIL_EXPRESSIONS)).items());
    }

    /** A place with its counts and its newest expressions. */
    public record Detail(GeoInterestSummary place, List<ExpressionView> expressions) {
    }
}

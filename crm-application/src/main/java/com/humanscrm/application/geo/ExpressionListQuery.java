package com.humanscrm.application.geo;

import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.geo.GeoInterestId;
import com.humanscrm.domain.human.HumanId;
import java.util.Objects;

/** A page of expressions, newest first; each filter is optional. */
public record ExpressionListQuery(HumanId humanId, GeoInterestId geoInterestId, ActivityId activityId, PageRequest page) {

    /** The list's one order, newest first, as cursors name it. */
    public static final String ORDER = "-createdAt";

    public ExpressionListQuery {
        Objects.requireNonNull(page, "page");
    }

    public static ExpressionListQuery newestOf(HumanId human, int limit) {
        return new ExpressionListQuery(human, null, null, PageRequest.first(limit));
    }

    public static ExpressionListQuery newestOf(GeoInterestId place, int limit) {
        return new ExpressionListQuery(null, place, null, PageRequest.first(limit));
    }
}

package com.humanscrm.adapters.http.geo;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.humanscrm.application.geo.GeoInterestQueries;
import java.util.List;

/** {@code GET /api/geo-interests/{id}}: the place, its counts, and its newest expressions. */
record GeoInterestDetailResponse(@JsonUnwrapped GeoInterestResponse place, List<ExpressionResponse> expressions) {

    static GeoInterestDetailResponse from(GeoInterestQueries.Detail detail) {
        return new GeoInterestDetailResponse(GeoInterestResponse.from(detail.place()),
                detail.expressions().stream().map(ExpressionResponse::from).toList());
    }
}

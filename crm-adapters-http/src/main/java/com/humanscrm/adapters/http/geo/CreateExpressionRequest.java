package com.humanscrm.adapters.http.geo;

import com.humanscrm.application.geo.CreateExpression;
import java.util.UUID;

/** {@code POST /api/geo-interest-expressions}: the place by {@code geoInterestId}, or by {@code city} and {@code country}. */
record CreateExpressionRequest(UUID geoInterestId, String city, String country, UUID humanId, UUID activityId,
                               String notes) {

    CreateExpression.Command toCommand() {
        return new CreateExpression.Command(geoInterestId, city, country, humanId, activityId, notes);
    }
}

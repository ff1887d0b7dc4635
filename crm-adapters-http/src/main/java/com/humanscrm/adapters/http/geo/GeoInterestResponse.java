package com.humanscrm.adapters.http.geo;

import com.humanscrm.application.geo.GeoInterestSummary;
import java.time.Instant;
import java.util.UUID;

/** A place with how many humans are interested in it, in how many expressions. */
record GeoInterestResponse(UUID id, String city, String country, long humanCount, long expressionCount,
                           Instant createdAt) {

    static GeoInterestResponse from(GeoInterestSummary summary) {
        var place = summary.place();
        return new GeoInterestResponse(place.id().value(), place.city(), place.country(), summary.humanCount(),
                summary.expressionCount(), place.createdAt());
    }
}

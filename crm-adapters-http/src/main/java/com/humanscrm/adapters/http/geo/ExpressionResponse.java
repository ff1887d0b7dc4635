package com.humanscrm.adapters.http.geo;

import com.humanscrm.adapters.http.shared.Versioned;
import com.humanscrm.application.geo.ExpressionView;
import com.humanscrm.domain.activity.ActivityId;
import java.time.Instant;
import java.util.UUID;

/** A human's interest in a place, with the place. */
public record ExpressionResponse(UUID id, Place geoInterest, UUID humanId, UUID activityId, String notes, int version,
                                 Instant createdAt, Instant updatedAt) implements Versioned {

    public static ExpressionResponse from(ExpressionView view) {
        var expression = view.expression();
        var place = view.place();
        return new ExpressionResponse(expression.id().value(), new Place(place.id().value(), place.city(), place.country()),
                expression.humanId().value(), expression.activityId().map(ActivityId::value).orElse(null),
                expression.notes().orElse(null), expression.version(), expression.createdAt(), expression.updatedAt());
    }

    /** The place an expression is of. */
    record Place(UUID id, String city, String country) {
    }
}

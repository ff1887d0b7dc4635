package com.humanscrm.application.geo;

import com.humanscrm.domain.geo.Expression;
import com.humanscrm.domain.geo.GeoInterest;

/** An expression with the place it is of, as every read shows it. */
public record ExpressionView(Expression expression, GeoInterest place) {
}

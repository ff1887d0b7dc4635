package com.humanscrm.application.geo;

import com.humanscrm.domain.geo.GeoInterest;

/** A place as a list shows it: how many humans are interested in it, in how many expressions. */
public record GeoInterestSummary(GeoInterest place, long humanCount, long expressionCount) {
}

package com.humanscrm.application.geo;

import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.geo.GeoInterest;
import java.util.Objects;

/**
 * A page of places; {@code q} is the start of a city's or a country's name, compared as
 * {@link GeoInterest#key} compares them (without case or accents).
 */
public record GeoInterestListQuery(String q, PageRequest page) {

    /** The list's one order (by the city's key, then id), as cursors name it. */
    public static final String ORDER = "cityKey";

    public GeoInterestListQuery {
        q = q == null || q.isBlank() ? null : GeoInterest.key(q);
        Objects.requireNonNull(page, "page");
    }
}

package com.humanscrm.application.geo;

import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.geo.GeoInterest;
import com.humanscrm.domain.geo.GeoInterestId;
import java.util.Optional;

/** The places clients are interested in, one record per place (by {@link GeoInterest#key}). */
public interface GeoInterestRepository {

    /**
     * The stored place with the candidate's keys, or the candidate, stored now: one record per place also
     * when two requests race, the later one waiting for the earlier and answered with its record.
     */
    Found findOrAdd(GeoInterest candidate);

    Optional<GeoInterest> findById(GeoInterestId id);

    /** The place, held until the transaction ends against expressions added to it meanwhile. */
    Optional<GeoInterest> findForChange(GeoInterestId id);

    /** Refuses with an {@code IN_USE} conflict while expressions are of the place. */
    void remove(GeoInterestId id);

    /** The place, if it exists; then it cannot be deleted until the current transaction ends. */
    Optional<GeoInterest> hold(GeoInterestId id);

    /** A page of places by city (then id), each with how many humans and expressions it has. */
    Page<GeoInterestSummary> list(GeoInterestListQuery query);

    /** The place's counts, as its list row has them. */
    Optional<GeoInterestSummary> summary(GeoInterestId id);

    /** A place found or created, and which. */
    record Found(GeoInterest place, boolean created) {
    }
}

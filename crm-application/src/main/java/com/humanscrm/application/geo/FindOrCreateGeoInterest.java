package com.humanscrm.application.geo;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.geo.GeoInterest;
import com.humanscrm.domain.shared.RecordKind;
import java.time.Clock;

/**
 * The place with this city and country, written in any case and with or without accents: the one that
 * exists, or a new one. Only a new one is audited: finding a place changes nothing.
 */
public final class FindOrCreateGeoInterest {

    private final GeoInterestRepository places;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;
    private final Clock clock;

    public FindOrCreateGeoInterest(GeoInterestRepository places, UnitOfWork unitOfWork, AuditTrail audit, Clock clock) {
        this.places = places;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.clock = clock;
    }

    public Result execute(Actor actor, Command command) {
        actor.require(Permission.EDIT_RECORDS);
        GeoInterest candidate = GeoInterest.create(command.city(), command.country(), clock);
        return unitOfWork.inTransaction(() -> {
            GeoInterestRepository.Found found = within(actor, candidate);
            GeoInterestSummary summary = found.created() ? new GeoInterestSummary(found.place(), 0, 0)
                    : places.summary(found.place().id()).orElseThrow();
            return new Result(summary, found.created());
        });
    }

    /** As {@link #execute}, inside the caller's transaction (an expression made by city and country). */
    GeoInterestRepository.Found within(Actor actor, GeoInterest candidate) {
        GeoInterestRepository.Found found = places.findOrAdd(candidate);
        if (found.created()) {
            audit.created(actor, RecordKind.GEO_INTEREST, found.place().id().value(), found.place().auditSnapshot());
        }
        return found;
    }

    public record Command(String city, String country) {
    }

    /** The place with its counts, and whether it was created now. */
    public record Result(GeoInterestSummary place, boolean created) {
    }
}

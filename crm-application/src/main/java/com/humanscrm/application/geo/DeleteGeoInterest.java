package com.humanscrm.application.geo;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.geo.Expression;
import com.humanscrm.domain.geo.GeoInterest;
import com.humanscrm.domain.geo.GeoInterestId;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RecordKind;

/**
 * Deletes a place. While humans' expressions are of it the delete is refused (409 {@code IN_USE}), unless
 * forced: then they go first, each with its own audit entry, all in the one transaction.
 */
public final class DeleteGeoInterest {

    private final GeoInterestRepository places;
    private final ExpressionRepository expressions;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;

    public DeleteGeoInterest(GeoInterestRepository places, ExpressionRepository expressions, UnitOfWork unitOfWork,
                             AuditTrail audit) {
        this.places = places;
        this.expressions = expressions;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
    }

    public GeoInterest execute(Actor actor, Command command) {
        actor.require(Permission.DELETE_RECORDS);
        return unitOfWork.inTransaction(() -> {
            GeoInterest place = places.findForChange(command.id())
                    .orElseThrow(() -> NotFoundException.of(RecordKind.GEO_INTEREST, command.id()));
            if (command.force()) {
                for (Expression removed : expressions.removeAllOf(command.id())) {
                    audit.deleted(actor, RecordKind.GEO_INTEREST_EXPRESSION, removed.id().value(), removed.auditSnapshot());
                }
            }
            places.remove(command.id());
            audit.deleted(actor, RecordKind.GEO_INTEREST, command.id().value(), place.auditSnapshot());
            return place;
        });
    }

    public record Command(GeoInterestId id, boolean force) {
    }
}

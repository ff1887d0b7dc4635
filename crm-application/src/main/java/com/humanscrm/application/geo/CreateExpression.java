package com.humanscrm.application.geo;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.reference.References;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.geo.Expression;
import com.humanscrm.domain.geo.GeoInterest;
import com.humanscrm.domain.geo.GeoInterestId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.RuleViolationException;
import com.humanscrm.domain.shared.Violations;
import java.time.Clock;
import java.util.UUID;

/**
 * A human expresses interest in a place, named by its id or by city and country (found or created in the
 * same transaction), perhaps during an activity.
 */
public final class CreateExpression {

    private final ExpressionRepository expressions;
    private final GeoInterestRepository places;
    private final FindOrCreateGeoInterest findOrCreate;
    private final References references;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;
    private final Clock clock;

    public CreateExpression(ExpressionRepository expressions, GeoInterestRepository places,
                            FindOrCreateGeoInterest findOrCreate, References references, UnitOfWork unitOfWork,
                            AuditTrail audit, Clock clock) {
        this.expressions = expressions;
        this.places = places;
        this.findOrCreate = findOrCreate;
        this.references = references;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.clock = clock;
    }

    public ExpressionView execute(Actor actor, Command command) {
        actor.require(Permission.EDIT_RECORDS);
        boolean byId = command.geoInterestId() != null;
        boolean byName = command.city() != null || command.country() != null;
        if (byId == byName) {
            throw RuleViolationException.field("geoInterestId", "or city and country are required, not both");
        }
        // Checked before the transaction: a place is created only for an expression that can be stored.
        GeoInterest candidate = byName ? GeoInterest.create(command.city(), command.country(), clock) : null;
        return unitOfWork.inTransaction(() -> {
            Violations problems = new Violations();
            HumanId human = problems.check(() -> references.human(Checks.required(command.humanId(), "humanId"), "humanId"));
            ActivityId activity = problems.check(() -> references.activity(command.activityId(), "activityId"));
            GeoInterest named = byName ? null : problems.check(() -> existing(command.geoInterestId()));
            problems.check(() -> Expression.checkedNotes(command.notes()));
            problems.throwIfAny();
            GeoInterest place = byName ? findOrCreate.within(actor, candidate).place() : named;
            Expression expression = Expression.create(place.id(), human, activity, command.notes(), clock);
            expressions.add(expression);
            audit.created(actor, RecordKind.GEO_INTEREST_EXPRESSION, expression.id().value(), expression.auditSnapshot());
            return new ExpressionView(expression, place);
        });
    }

    private GeoInterest existing(UUID id) {
        return places.hold(new GeoInterestId(id))
                .orElseThrow(() -> RuleViolationException.field("geoInterestId", "no geo-interest with this id"));
    }

    /** Either {@code geoInterestId}, or {@code city} and {@code country}; {@code activityId} and notes are optional. */
    public record Command(UUID geoInterestId, String city, String country, UUID humanId, UUID activityId, String notes) {
    }
}

package com.humanscrm.domain.geo;

import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.Aggregate;
import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A human's interest in a place, perhaps voiced during an activity, with notes: the place and the human
 * are fixed once expressed; only the notes change.
 */
public final class Expression implements Aggregate {

    public static final int MAX_NOTES = 2_000;

    private final ExpressionId id;
    private final GeoInterestId geoInterestId;
    private final HumanId humanId;
    private final ActivityId activityId;
    private final String notes;
    private final int version;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Expression(ExpressionId id, GeoInterestId geoInterestId, HumanId humanId, ActivityId activityId, String notes,
                       int version, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        Violations problems = new Violations();
        this.geoInterestId = problems.check(() -> Checks.required(geoInterestId, "geoInterestId"));
        this.humanId = problems.check(() -> Checks.required(humanId, "humanId"));
        this.notes = problems.check(() -> checkedNotes(notes));
        problems.throwIfAny();
        this.activityId = activityId;
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Expression create(GeoInterestId geoInterestId, HumanId humanId, ActivityId activityId, String notes,
                                    Clock clock) {
        Instant now = clock.instant();
        return new Expression(new ExpressionId(Ids.newId(clock)), geoInterestId, humanId, activityId, notes, 1, now, now);
    }

    public static Expression restore(ExpressionId id, GeoInterestId geoInterestId, HumanId humanId, ActivityId activityId,
                                     String notes, int version, Instant createdAt, Instant updatedAt) {
        return new Expression(id, geoInterestId, humanId, activityId, notes, version, createdAt, updatedAt);
    }

    /** Notes as an expression keeps them: trimmed, at most {@link #MAX_NOTES}; blank is none. */
    public static String checkedNotes(String notes) {
        return Checks.optionalText(notes, "notes", MAX_NOTES);
    }

    /** Other notes ({@code null} or blank: none). */
    public Expression withNotes(String newNotes, Clock clock) {
        return new Expression(id, geoInterestId, humanId, activityId, newNotes, version + 1, createdAt, clock.instant());
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("geoInterestId", geoInterestId.toString());
        snapshot.put("humanId", humanId.toString());
        snapshot.put("activityId", activityId == null ? null : activityId.toString());
        snapshot.put("notes", notes);
        return snapshot;
    }

    public ExpressionId id() { return id; }
    public GeoInterestId geoInterestId() { return geoInterestId; }
    public HumanId humanId() { return humanId; }
    public Optional<ActivityId> activityId() { return Optional.ofNullable(activityId); }
    public Optional<String> notes() { return Optional.ofNullable(notes); }
    @Override
    public int version() { return version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}

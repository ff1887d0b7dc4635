package com.humanscrm.domain.activity;

import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.Aggregate;
import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.RuleViolationException;
import com.humanscrm.domain.shared.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One time the company and a client were in touch: an email, a message, a meeting or a call, about a
 * human, an account or both. Who logged it stays who logged it, whatever is edited later.
 */
public final class Activity implements Aggregate {

    public static final int MAX_SUBJECT = 500;
    public static final int MAX_NOTES = 10_000;
    /** Ids from Gmail and Front are far shorter; the bound keeps a stray value from being stored. */
    public static final int MAX_EXTERNAL_ID = 255;

    private final ActivityId id;
    private final ActivityType type;
    private final String subject;
    private final String notes;
    private final Instant activityDate;
    private final HumanId humanId;
    private final AccountId accountId;
    private final String gmailId;
    private final String frontId;
    private final ColleagueId createdBy;
    private final int version;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Activity(Fields fields, ColleagueId createdBy, ActivityId id, int version, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        Violations problems = new Violations();
        this.type = problems.check(() -> Checks.required(fields.type(), "type"));
        this.subject = problems.check(() -> type == ActivityType.EMAIL
                ? Checks.text(fields.subject(), "subject", 1, MAX_SUBJECT)
                : Checks.optionalText(fields.subject(), "subject", MAX_SUBJECT));
        this.notes = problems.check(() -> Checks.optionalText(fields.notes(), "notes", MAX_NOTES));
        this.activityDate = problems.check(() -> Checks.timestamp(fields.activityDate(), "activityDate"));
        this.gmailId = problems.check(() -> Checks.optionalText(fields.gmailId(), "gmailId", MAX_EXTERNAL_ID));
        this.frontId = problems.check(() -> Checks.optionalText(fields.frontId(), "frontId", MAX_EXTERNAL_ID));
        if (fields.humanId() == null && fields.accountId() == null) {
            problems.note(RuleViolationException.field("humanId",
                    "or accountId is required: an activity is about a human, an account or both"));
        }
        problems.throwIfAny();
        this.humanId = fields.humanId();
        this.accountId = fields.accountId();
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * A new activity logged by {@code createdBy}; one without a date happened as it was logged. Every broken
     * rule is reported at once.
     */
    public static Activity create(Fields fields, ColleagueId createdBy, Clock clock) {
        Instant now = clock.instant();
        Fields dated = fields.activityDate() != null ? fields : new Fields(fields.type(), fields.subject(), fields.notes(),
                now, fields.humanId(), fields.accountId(), fields.gmailId(), fields.frontId());
        return new Activity(dated, createdBy, new ActivityId(Ids.newId(clock)), 1, now, now);
    }

    /** An activity as stored; the invariants still hold, so corrupt data cannot pass as valid. */
    public static Activity restore(ActivityId id, Fields fields, ColleagueId createdBy, int version, Instant createdAt,
                                   Instant updatedAt) {
        return new Activity(fields, createdBy, id, version, createdAt, updatedAt);
    }

    /** These fields in place of the current ones; the id, the creator and the creation time stay. */
    public Activity change(Fields changed, Clock clock) {
        return new Activity(changed, createdBy, id, version + 1, createdAt, clock.instant());
    }

    public Fields fields() {
        return new Fields(type, subject, notes, activityDate, humanId, accountId, gmailId, frontId);
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("type", type.wireName());
        snapshot.put("subject", subject);
        snapshot.put("notes", notes);
        snapshot.put("activityDate", activityDate.toString());
        snapshot.put("humanId", humanId == null ? null : humanId.toString());
        snapshot.put("accountId", accountId == null ? null : accountId.toString());
        snapshot.put("gmailId", gmailId);
        snapshot.put("frontId", frontId);
        snapshot.put("createdBy", createdBy.toString());
        return snapshot;
    }

    public ActivityId id() { return id; }
    public ActivityType type() { return type; }
    public Optional<String> subject() { return Optional.ofNullable(subject); }
    public Optional<String> notes() { return Optional.ofNullable(notes); }
    public Instant activityDate() { return activityDate; }
    public Optional<HumanId> humanId() { return Optional.ofNullable(humanId); }
    public Optional<AccountId> accountId() { return Optional.ofNullable(accountId); }
    public Optional<String> gmailId() { return Optional.ofNullable(gmailId); }
    public Optional<String> frontId() { return Optional.ofNullable(frontId); }
    public ColleagueId createdBy() { return createdBy; }
    @Override
    public int version() { return version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }

    /**
     * What an activity says, as given: texts untrimmed (blank optional ones mean none), the human and
     * the account it is about already known to exist.
     */
    public record Fields(ActivityType type, String subject, String notes, Instant activityDate, HumanId humanId,
                         AccountId accountId, String gmailId, String frontId) {
    }
}

package com.humanscrm.domain.pet;

import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.Aggregate;
import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.RuleViolationException;
import com.humanscrm.domain.shared.Violations;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A client's animal, the one that flies: who it belongs to, what it is, and what its carers must know. */
public final class Pet implements Aggregate {

    public static final int MAX_NAME = 100;
    public static final int MAX_SPECIAL_NEEDS = 2_000;
    /** Grams are as fine as a vet's scale goes; a weight past this is a typing error, not a dog. */
    public static final BigDecimal MAX_WEIGHT_KG = new BigDecimal("999.99");
    private static final int WEIGHT_SCALE = 2;
    /** No pet alive was born before this; an earlier date is a typing error the database should not keep. */
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);

    private final PetId id;
    private final HumanId humanId;
    private final String name;
    private final Breed breed;
    private final BigDecimal weightKg;
    private final LocalDate dateOfBirth;
    private final String specialNeeds;
    private final boolean active;
    private final int version;
    private final Instant createdAt;
    private final Instant updatedAt;

    /** {@code today} bounds a birth date; a restored pet has none to meet (see {@link #restore}). */
    private Pet(PetId id, Fields fields, LocalDate today, int version, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        Violations problems = new Violations();
        this.humanId = problems.check(() -> Checks.required(fields.humanId(), "humanId"));
        this.name = problems.check(() -> Checks.text(fields.name(), "name", 1, MAX_NAME));
        this.weightKg = problems.check(() -> weight(fields.weightKg()));
        this.dateOfBirth = problems.check(() -> birth(fields.dateOfBirth(), today));
        this.specialNeeds = problems.check(() -> Checks.optionalText(fields.specialNeeds(), "specialNeeds", MAX_SPECIAL_NEEDS));
        problems.throwIfAny();
        this.breed = fields.breed();
        this.active = fields.active();
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new pet; every broken rule is reported at once, a birth date after today among them. */
    public static Pet create(Fields fields, Clock clock) {
        Instant now = clock.instant();
        return new Pet(new PetId(Ids.newId(clock)), fields, today(clock), 1, now, now);
    }

    /**
     * A pet as stored; the invariants still hold, so corrupt data cannot pass as valid. A birth date was
     * not after the day it was written, which stays true: it is not checked against today again.
     */
    public static Pet restore(PetId id, Fields fields, int version, Instant createdAt, Instant updatedAt) {
        return new Pet(id, fields, null, version, createdAt, updatedAt);
    }

    /** These fields in place of the current ones; the id and the creation time stay. */
    public Pet change(Fields changed, Clock clock) {
        return new Pet(id, changed, today(clock), version + 1, createdAt, clock.instant());
    }

    public Fields fields() {
        return new Fields(humanId, name, breed, weightKg, dateOfBirth, specialNeeds, active);
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("humanId", humanId.toString());
        snapshot.put("name", name);
        snapshot.put("breed", breed == null ? null : breed.displayName());
        snapshot.put("weightKg", weightKg == null ? null : weightKg.toPlainString());
        snapshot.put("dateOfBirth", dateOfBirth == null ? null : dateOfBirth.toString());
        snapshot.put("specialNeeds", specialNeeds);
        snapshot.put("isActive", active);
        return snapshot;
    }

    /**
     * The latest date it is anywhere on Earth (UTC+14): a pet born today in Auckland was not born in the
     * future, whatever the date in UTC.
     */
    private static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), LATEST_ZONE);
    }

    private static BigDecimal weight(BigDecimal kg) {
        if (kg == null) {
            return null;
        }
        if (kg.signum() <= 0 || kg.compareTo(MAX_WEIGHT_KG) > 0) {
            throw RuleViolationException.field("weightKg", "must be more than 0 and at most " + MAX_WEIGHT_KG);
        }
        if (kg.stripTrailingZeros().scale() > WEIGHT_SCALE) {
            throw RuleViolationException.field("weightKg", "must have at most " + WEIGHT_SCALE + " decimals");
        }
        return kg.setScale(WEIGHT_SCALE);
    }

    private static LocalDate birth(LocalDate date, LocalDate today) {
        if (date != null && date.isBefore(EARLIEST_BIRTH)) {
            throw RuleViolationException.field("dateOfBirth", "must not be before " + EARLIEST_BIRTH);
        }
        if (date != null && today != null && date.isAfter(today)) {
            throw RuleViolationException.field("dateOfBirth", "must not be in the future");
        }
        return date;
    }

    public PetId id() { return id; }
    public HumanId humanId() { return humanId; }
    public String name() { return name; }
    public Optional<Breed> breed() { return Optional.ofNullable(breed); }
    public Optional<BigDecimal> weightKg() { return Optional.ofNullable(weightKg); }
    public Optional<LocalDate> dateOfBirth() { return Optional.ofNullable(dateOfBirth); }
    public Optional<String> specialNeeds() { return Optional.ofNullable(specialNeeds); }
    public boolean isActive() { return active; }
    @Override
    public int version() { return version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }

    /** What a pet is, as given: texts untrimmed (a blank optional one means none), its human known to exist. */
    public record Fields(HumanId humanId, String name, Breed breed, BigDecimal weightKg, LocalDate dateOfBirth,
                         String specialNeeds, boolean active) {
    }
}

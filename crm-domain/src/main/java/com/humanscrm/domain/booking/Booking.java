package com.humanscrm.domain.booking;

import com.humanscrm.domain.flight.FlightId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.pet.PetId;
import com.humanscrm.domain.shared.Aggregate;
import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.RuleViolationException;
import com.humanscrm.domain.shared.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One pet of one human on one flight, at a price. The flight, the human and the pet never change: a booking
 * for another flight is another booking.
 */
public final class Booking implements Aggregate {

    public static final int MAX_SPECIAL_INSTRUCTIONS = 2_000;
    /** ISO 4217's codes as the JDK knows them; a code of three letters it does not know is no currency. */
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private final BookingId id;
    private final FlightId flightId;
    private final HumanId humanId;
    private final PetId petId;
    private final long priceMinor;
    private final String currency;
    private final String specialInstructions;
    private final BookingStatus status;
    private final int version;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Booking(BookingId id, Fields fields, BookingStatus status, int version, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        Violations problems = new Violations();
        this.flightId = problems.check(() -> Checks.required(fields.flightId(), "flightId"));
        this.humanId = problems.check(() -> Checks.required(fields.humanId(), "humanId"));
        this.petId = problems.check(() -> Checks.required(fields.petId(), "petId"));
        Long price = problems.check(() -> price(fields.priceMinor()));
        this.currency = problems.check(() -> currency(fields.currency()));
        this.specialInstructions = problems.check(() -> Checks.optionalText(fields.specialInstructions(),
                "specialInstructions", MAX_SPECIAL_INSTRUCTIONS));
        problems.throwIfAny();
        this.priceMinor = price;
        this.status = Objects.requireNonNull(status, "status");
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new booking, pending; every broken rule is reported at once. */
    public static Booking create(Fields fields, Clock clock) {
        Instant now = clock.instant();
        return new Booking(new BookingId(Ids.newId(clock)), fields, BookingStatus.PENDING, 1, now, now);
    }

    /** A booking as stored; the invariants still hold, so corrupt data cannot pass as valid. */
    public static Booking restore(BookingId id, Fields fields, BookingStatus status, int version, Instant createdAt,
                                  Instant updatedAt) {
        return new Booking(id, fields, status, version, createdAt, updatedAt);
    }

    /** A new price or new instructions; the flight, the human and the pet stay. */
    public Booking change(Long priceMinor, String currency, String specialInstructions, Clock clock) {
        return new Booking(id, new Fields(flightId, humanId, petId, priceMinor, currency, specialInstructions), status,
                version + 1, createdAt, clock.instant());
    }

    /** The booking in {@code target} state, if its current one may move there ({@link BookingStatus#next}). */
    public Booking moveTo(BookingStatus target, Clock clock) {
        return new Booking(id, fields(), status.moveTo(target, RecordKind.BOOKING), version + 1, createdAt, clock.instant());
    }

    public Fields fields() {
        return new Fields(flightId, humanId, petId, priceMinor, currency, specialInstructions);
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("flightId", flightId.toString());
        snapshot.put("humanId", humanId.toString());
        snapshot.put("petId", petId.toString());
        snapshot.put("priceMinor", priceMinor);
        snapshot.put("currency", currency);
        snapshot.put("specialInstructions", specialInstructions);
        snapshot.put("status", status.wireName());
        return snapshot;
    }

    private static long price(Long minor) {
        Checks.required(minor, "priceMinor");
        if (minor < 0) {
            throw RuleViolationException.field("priceMinor", "must be 0 or more, in the currency's minor units (cents)");
        }
        return minor;
    }

    private static String currency(String code) {
        String upper = Checks.text(code, "currency", 3, 3).toUpperCase(Locale.ROOT);
        if (!CURRENCIES.contains(upper)) {
            throw RuleViolationException.field("currency", "must be an ISO 4217 currency code, such as EUR or USD");
        }
        return upper;
    }

    public BookingId id() { return id; }
    public FlightId flightId() { return flightId; }
    public HumanId humanId() { return humanId; }
    public PetId petId() { return petId; }
    public long priceMinor() { return priceMinor; }
    public String currency() { return currency; }
    public Optional<String> specialInstructions() { return Optional.ofNullable(specialInstructions); }
    public BookingStatus status() { return status; }
    @Override
    public int version() { return version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }

    /** What a booking is, as given. */
    public record Fields(FlightId flightId, HumanId humanId, PetId petId, Long priceMinor, String currency,
                         String specialInstructions) {
    }
}

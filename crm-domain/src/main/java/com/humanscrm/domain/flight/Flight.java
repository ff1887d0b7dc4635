package com.humanscrm.domain.flight;

import com.humanscrm.domain.shared.Aggregate;
import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.RuleViolationException;
import com.humanscrm.domain.shared.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A flight pets can be booked on: where and when it goes, how many pets it takes, and where it is in its
 * life. How many of its seats are booked is kept with it by the bookings, so that it can never hold more.
 */
public final class Flight implements Aggregate {

    public static final int MAX_AIRLINE = 100;
    public static final int MAX_CABIN_CLASS = 50;
    public static final int MAX_PETS = 50;
    /** An IATA airline designator (two letters or digits, not both digits) or an ICAO one (three letters), then 1–4 digits. */
    private static final Pattern FLIGHT_NUMBER = Pattern.compile("^([A-Z]{2}|[A-Z][0-9]|[0-9][A-Z]|[A-Z]{3})[0-9]{1,4}$");
    private static final Pattern IATA_AIRPORT = Pattern.compile("^[A-Z]{3}$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final FlightId id;
    private final String flightNumber;
    private final String airline;
    private final String departureAirport;
    private final String arrivalAirport;
    private final Instant departureTime;
    private final Instant arrivalTime;
    private final String cabinClass;
    private final int maxPets;
    private final FlightStatus status;
    private final int activeBookings;
    private final int version;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Flight(FlightId id, Fields fields, FlightStatus status, int activeBookings, int version, Instant createdAt,
                   Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        Violations problems = new Violations();
        this.flightNumber = problems.check(() -> flightNumber(fields.flightNumber()));
        this.airline = problems.check(() -> Checks.text(fields.airline(), "airline", 1, MAX_AIRLINE));
        this.departureAirport = problems.check(() -> airport(fields.departureAirport(), "departureAirport"));
        this.arrivalAirport = problems.check(() -> airport(fields.arrivalAirport(), "arrivalAirport"));
        if (departureAirport != null && departureAirport.equals(arrivalAirport)) {
            problems.note(RuleViolationException.field("arrivalAirport", "must not be the departure airport"));
        }
        this.departureTime = problems.check(() -> Checks.timestamp(fields.departureTime(), "departureTime"));
        this.arrivalTime = problems.check(() -> Checks.timestamp(fields.arrivalTime(), "arrivalTime"));
        if (departureTime != null && arrivalTime != null && !arrivalTime.isAfter(departureTime)) {
            problems.note(RuleViolationException.field("arrivalTime", "must be after departureTime"));
        }
        this.cabinClass = problems.check(() -> Checks.optionalText(fields.cabinClass(), "cabinClass", MAX_CABIN_CLASS));
        Integer seats = problems.check(() -> seats(fields.maxPets()));
        problems.throwIfAny();
        this.maxPets = seats;
        this.status = Objects.requireNonNull(status, "status");
        if (activeBookings < 0 || activeBookings > maxPets) {
            throw new IllegalStateException("A flight of " + maxPets + " seats holds " + activeBookings + " bookings");
        }
        this.activeBookings = activeBookings;
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new flight, scheduled, none of its seats booked; every broken rule is reported at once. */
    public static Flight create(Fields fields, Clock clock) {
        Instant now = clock.instant();
        return new Flight(new FlightId(Ids.newId(clock)), fields, FlightStatus.SCHEDULED, 0, 1, now, now);
    }

    /** A flight as stored; the invariants still hold, so corrupt data cannot pass as valid. */
    public static Flight restore(FlightId id, Fields fields, FlightStatus status, int activeBookings, int version,
                                 Instant createdAt, Instant updatedAt) {
        return new Flight(id, fields, status, activeBookings, version, createdAt, updatedAt);
    }

    /**
     * These fields in place of the current ones. Fewer seats than are booked is a conflict, not a field error:
     * the request is right, the bookings are in the way.
     */
    public Flight change(Fields changed, Clock clock) {
        Integer seats = changed.maxPets();
        if (seats != null && seats >= 1 && seats < activeBookings) {
            throw ConflictException.inUse(activeBookings + " pets are booked on the flight " + id
                    + "; cancel bookings before lowering maxPets to " + seats);
        }
        return new Flight(id, changed, status, activeBookings, version + 1, createdAt, clock.instant());
    }

    /** The flight in {@code target} state, if its current one may move there ({@link FlightStatus#next}). */
    public Flight moveTo(FlightStatus target, Clock clock) {
        return new Flight(id, fields(), status.moveTo(target, RecordKind.FLIGHT), activeBookings, version + 1, createdAt,
                clock.instant());
    }

    /**
     * The flight with one more seat held: refused ({@code FLIGHT_FULL}) when none is left, and
     * ({@code FLIGHT_NOT_BOOKABLE}) once it has left or been cancelled. Seats are not the flight's own fields:
     * its version stays.
     */
    public Flight takeSeat() {
        if (!status.takesBookings()) {
            throw new ConflictException(ConflictException.FLIGHT_NOT_BOOKABLE, "The flight " + id + " is "
                    + status.wireName() + "; pets are booked on scheduled or confirmed flights only");
        }
        if (seatsLeft() == 0) {
            throw new ConflictException(ConflictException.FLIGHT_FULL, "All " + maxPets + " seats of the flight " + id
                    + " are booked");
        }
        return new Flight(id, fields(), status, activeBookings + 1, version, createdAt, updatedAt);
    }

    /** The flight with {@code count} of its held seats given back by cancelled bookings. */
    public Flight releaseSeats(int count) {
        return new Flight(id, fields(), status, activeBookings - count, version, createdAt, updatedAt);
    }

    public Fields fields() {
        return new Fields(flightNumber, airline, departureAirport, arrivalAirport, departureTime, arrivalTime, cabinClass,
                maxPets);
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("flightNumber", flightNumber);
        snapshot.put("airline", airline);
        snapshot.put("departureAirport", departureAirport);
        snapshot.put("arrivalAirport", arrivalAirport);
        snapshot.put("departureTime", departureTime.toString());
        snapshot.put("arrivalTime", arrivalTime.toString());
        snapshot.put("cabinClass", cabinClass);
        snapshot.put("maxPets", maxPets);
        snapshot.put("status", status.wireName());
        return snapshot;
    }

    /** Spaces and case do not matter: {@code af 1234} is AF1234. */
    private static String flightNumber(String value) {
        String number = SPACES.matcher(Checks.text(value, "flightNumber", 3, 20)).replaceAll("").toUpperCase(Locale.ROOT);
        if (!FLIGHT_NUMBER.matcher(number).matches()) {
            throw RuleViolationException.field("flightNumber", "must be an airline code and 1 to 4 digits, such as AF1234");
        }
        return number;
    }

    private static String airport(String value, String field) {
        String code = Checks.text(value, field, 3, 3).toUpperCase(Locale.ROOT);
        if (!IATA_AIRPORT.matcher(code).matches()) {
            throw RuleViolationException.field(field, "must be an IATA airport code of three letters, such as CDG");
        }
        return code;
    }

    private static int seats(Integer value) {
        Checks.required(value, "maxPets");
        if (value < 1 || value > MAX_PETS) {
            throw RuleViolationException.field("maxPets", "must be between 1 and " + MAX_PETS);
        }
        return value;
    }

    public FlightId id() { return id; }
    public String flightNumber() { return flightNumber; }
    public String airline() { return airline; }
    public String departureAirport() { return departureAirport; }
    public String arrivalAirport() { return arrivalAirport; }
    public Instant departureTime() { return departureTime; }
    public Instant arrivalTime() { return arrivalTime; }
    public Optional<String> cabinClass() { return Optional.ofNullable(cabinClass); }
    public int maxPets() { return maxPets; }
    public FlightStatus status() { return status; }
    /** The bookings not cancelled, each holding a seat. */
    public int activeBookings() { return activeBookings; }
    public int seatsLeft() { return maxPets - activeBookings; }
    @Override
    public int version() { return version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }

    /** What a flight is, as given: texts untrimmed, codes in any case. */
    public record Fields(String flightNumber, String airline, String departureAirport, String arrivalAirport,
                         Instant departureTime, Instant arrivalTime, String cabinClass, Integer maxPets) {
    }
}

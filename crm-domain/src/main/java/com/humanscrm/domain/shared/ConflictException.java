package com.humanscrm.domain.shared;

/** The request conflicts with the current state: a duplicate, a record still in use, a concurrent change. */
public final class ConflictException extends DomainException {

    public static final String DUPLICATE = "DUPLICATE";
    public static final String IN_USE = "IN_USE";
    public static final String CONCURRENT_MODIFICATION = "CONCURRENT_MODIFICATION";
    public static final String ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION";
    public static final String FLIGHT_FULL = "FLIGHT_FULL";
    public static final String FLIGHT_NOT_BOOKABLE = "FLIGHT_NOT_BOOKABLE";

    public ConflictException(String code, String message) {
        super(code, message);
    }

    public static ConflictException duplicate(String message) {
        return new ConflictException(DUPLICATE, message);
    }

    public static ConflictException inUse(String message) {
        return new ConflictException(IN_USE, message);
    }

    public static ConflictException concurrentModification(RecordKind kind, Object id) {
        return new ConflictException(CONCURRENT_MODIFICATION,
                "The " + kind.words() + " " + id + " was changed by someone else meanwhile; read it again and retry");
    }
}

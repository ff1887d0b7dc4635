package com.humanscrm.domain.shared;

/** The caller changed a record on the basis of a version that is no longer current. */
public final class VersionMismatchException extends DomainException {

    public VersionMismatchException(RecordKind kind, int expected, int actual) {
        super("VERSION_MISMATCH",
                "The " + kind.words() + " is at version " + actual + ", not " + expected + "; read it again before changing it");
    }

    /** Refuses the change unless the caller saw the current version (no expectation means no check). */
    public static void check(RecordKind kind, Integer expected, int actual) {
        if (expected != null && expected != actual) {
            throw new VersionMismatchException(kind, expected, actual);
        }
    }
}

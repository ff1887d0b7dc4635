package com.humanscrm.domain.shared;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The states a record moves through, each with the ones it may move to next; a move is an action of its own,
 * checked here. A state with nowhere to go is final.
 *
 * @param <S> the record's states, an enumeration implementing this
 */
public interface Lifecycle<S extends Enum<S> & Lifecycle<S>> {

    /** The states this one may move to. */
    Set<S> next();

    String wireName();

    /**
     * {@code target}, if this state may move there; else a conflict ({@code ILLEGAL_TRANSITION}) that names the
     * states it may move to.
     */
    default S moveTo(S target, RecordKind kind) {
        if (!next().contains(target)) {
            String allowed = next().isEmpty() ? "none: it is final"
                    : next().stream().sorted().map(Lifecycle::wireName).collect(Collectors.joining(", "));
            throw new ConflictException(ConflictException.ILLEGAL_TRANSITION, "A " + wireName() + " " + kind.words()
                    + " cannot become " + target.wireName() + "; it can become " + allowed);
        }
        return target;
    }
}

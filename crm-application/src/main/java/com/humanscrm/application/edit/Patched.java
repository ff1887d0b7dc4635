package com.humanscrm.application.edit;

import java.util.Optional;
import java.util.function.Function;

/**
 * How a PATCH command's field reads: {@code null} when it was not sent (the current value stays), an
 * empty Optional when it was sent as {@code null} (cleared), else the value sent.
 */
public final class Patched {

    private Patched() {
    }

    /** The current value when the field was not sent; else what was sent ({@code null} when cleared), read. */
    public static <S, T> T value(Optional<S> sent, T current, Function<S, T> read) {
        if (sent == null) {
            return current;
        }
        return read.apply(sent.orElse(null));
    }

    /** As {@link #value(Optional, Object, Function)}, for a field taken as it was sent. */
    public static <T> T value(Optional<T> sent, T current) {
        return value(sent, current, Function.identity());
    }
}

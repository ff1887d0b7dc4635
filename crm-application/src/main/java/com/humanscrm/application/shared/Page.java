package com.humanscrm.application.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list; {@code nextCursor} is {@code null} on the last page, {@code total} unless asked for. */
public record Page<T>(List<T> items, Cursor nextCursor, Long total) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor, total);
    }
}

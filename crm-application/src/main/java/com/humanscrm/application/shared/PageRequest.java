package com.humanscrm.application.shared;

import com.humanscrm.domain.shared.RuleViolationException;

/** Which page of a list: at most {@code limit} items after {@code cursor} (none: the first page). */
public record PageRequest(int limit, Cursor cursor, boolean withTotal) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw RuleViolationException.field("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null, false);
    }
}

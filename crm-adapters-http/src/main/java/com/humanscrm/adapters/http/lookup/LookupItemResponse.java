package com.humanscrm.adapters.http.lookup;

import com.humanscrm.adapters.http.shared.Versioned;
import com.humanscrm.domain.lookup.LookupItem;
import java.time.Instant;
import java.util.UUID;

record LookupItemResponse(UUID id, String list, String name, int version, Instant createdAt, Instant updatedAt)
        implements Versioned {

    static LookupItemResponse from(LookupItem item) {
        return new LookupItemResponse(item.id().value(), item.list().slug(), item.name(), item.version(),
                item.createdAt(), item.updatedAt());
    }
}

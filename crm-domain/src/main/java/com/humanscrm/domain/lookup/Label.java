package com.humanscrm.domain.lookup;

import java.util.Objects;

/** A reference from a record to a lookup item, carrying the item's name for display. */
public record Label(LookupItemId id, String name) {
    public Label {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}

package com.humanscrm.adapters.http.shared;

import com.humanscrm.domain.lookup.Label;
import java.util.List;
import java.util.UUID;

/** An item of a lookup list where a record uses it: an account's type, a link's role. */
public record LookupItemRef(UUID id, String name) {

    public static LookupItemRef of(Label label) {
        return new LookupItemRef(label.id().value(), label.name());
    }

    public static List<LookupItemRef> of(List<Label> labels) {
        return labels.stream().map(LookupItemRef::of).toList();
    }
}

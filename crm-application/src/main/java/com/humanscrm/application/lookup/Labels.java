package com.humanscrm.application.lookup;

import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupItem;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.RuleViolationException;
import java.util.Optional;

/** Turns a label name from a request into a reference to its lookup item, or refuses an unknown name. */
public final class Labels {

    private final LookupRepository lookups;

    public Labels(LookupRepository lookups) {
        this.lookups = lookups;
    }

    /** {@code null} for no label. */
    public Label resolve(LookupList list, String name, String field) {
        if (name == null) {
            return null;
        }
        return lookups.findByName(list, name.strip())
                .map(LookupItem::asLabel)
                .orElseThrow(() -> RuleViolationException.field(field,
                        "must be a name from the " + list.slug() + " list"));
    }

    /** For changes: {@code null} stays "unchanged", an empty Optional stays "clear the label". */
    public Optional<Label> resolveChange(LookupList list, Optional<String> name, String field) {
        if (name == null) {
            return null;
        }
        return name.map(value -> resolve(list, value, field));
    }
}

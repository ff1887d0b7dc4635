package com.humanscrm.application.lookup;

import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupItem;
import com.humanscrm.domain.lookup.LookupItemId;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.RuleViolationException;
import com.humanscrm.domain.shared.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

    /**
     * Items of {@code list} named by id (an account's types, a link's role), each unknown one reported
     * under its place ({@code typeIds[1]}) in {@code problems}, where it is left out.
     */
    public List<Label> resolveIds(LookupList list, List<UUID> ids, String field, Violations problems) {
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            String place = field + "[" + i + "]";
            Label label = problems.check(() -> resolveId(list, id, place));
            if (label != null) {
                labels.add(label);
            }
        }
        return labels;
    }

    /** The item of {@code list} with this id, or a refusal on {@code field}. */
    public Label resolveId(LookupList list, UUID id, String field) {
        Checks.required(id, field);
        return lookups.findById(new LookupItemId(id))
                .filter(item -> item.list() == list)
                .map(LookupItem::asLabel)
                .orElseThrow(() -> RuleViolationException.field(field, "must be the id of an item of the " + list.slug() + " list"));
    }

    /** For changes: {@code null} stays "unchanged", an empty Optional stays "clear the label". */
    public Optional<Label> resolveChange(LookupList list, Optional<String> name, String field) {
        if (name == null) {
            return null;
        }
        return name.map(value -> resolve(list, value, field));
    }
}

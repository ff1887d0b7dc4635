package com.humanscrm.application.contact;

import com.humanscrm.application.lookup.Labels;
import com.humanscrm.domain.contact.ContactChange;
import com.humanscrm.domain.contact.ContactField;
import com.humanscrm.domain.contact.ContactPoints;
import com.humanscrm.domain.contact.ContactValue;
import com.humanscrm.domain.contact.NewContactPoint;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns contact points as requests give them into what the domain takes: label names looked up in the
 * owner's list. An unknown label is noted in {@code problems} (and the entry goes on without one), so
 * it is reported together with whatever the domain then finds.
 */
public final class ContactDrafts {

    private final Labels labels;

    public ContactDrafts(Labels labels) {
        this.labels = labels;
    }

    /**
     * A new owner's list, each label reported under its place ({@code emails[2].label}). The caller refuses
     * too long a list first ({@link ContactPoints#requireWithinLimit}), before any label is looked up.
     */
    public <V extends ContactValue> List<NewContactPoint<V>> all(ContactField<V> field, List<ContactInput<V>> inputs,
                                                                LookupList list, Violations problems) {
        List<NewContactPoint<V>> drafts = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            drafts.add(one(inputs.get(i), list, field.name() + "[" + i + "].label", problems));
        }
        return drafts;
    }

    public <V extends ContactValue> NewContactPoint<V> one(ContactInput<V> input, LookupList list, String labelField,
                                                          Violations problems) {
        Label label = problems.check(() -> labels.resolve(list, input.label(), labelField));
        return new NewContactPoint<>(input.value(), label, input.primary());
    }

    public <V extends ContactValue> ContactChange<V> change(ContactInputChange<V> input, LookupList list,
                                                           Violations problems) {
        Optional<Label> label = input.label() == null ? null
                : problems.check(() -> labels.resolveChange(list, input.label(), "label"));
        return new ContactChange<>(input.value(), label, input.primary());
    }
}

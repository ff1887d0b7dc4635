package com.humanscrm.domain.shared;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Collects the rules an input breaks while the whole of it is checked, so a client learns of every
 * broken field in one answer instead of one per attempt. Each field is reported with the first rule it
 * broke: a rule that builds on a field already refused (an unknown type, then "no type at all") adds nothing.
 */
public final class Violations {

    private final List<RuleViolationException> found = new ArrayList<>();
    private final Set<String> fields = new HashSet<>();

    /** What {@code check} gives, or {@code null} after noting the rule it broke. */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (RuleViolationException e) {
            note(e);
            return null;
        }
    }

    /** As {@link #check(Supplier)}, with the problems reported under {@code prefix} ({@code emails[2]}). */
    public <T> T check(String prefix, Supplier<T> check) {
        try {
            return check.get();
        } catch (RuleViolationException e) {
            note(e.under(prefix));
            return null;
        }
    }

    /** Notes a rule already known to be broken, one with no value of its own to check (no email at all, a form rule). */
    public void note(RuleViolationException violation) {
        RuleViolationException fresh = violation.without(fields);
        fields.addAll(fresh.fieldErrors().keySet());
        if (!fresh.fieldErrors().isEmpty() || !fresh.formErrors().isEmpty()) {
            found.add(fresh);
        }
    }

    /** Ends the checking: every broken rule at once, or nothing. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw RuleViolationException.combined(found);
        }
    }
}

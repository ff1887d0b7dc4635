package com.humanscrm.domain.contact;

import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RuleViolationException;
import com.humanscrm.domain.shared.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The emails or the phone numbers of one owner, and the rules they keep: no two alike, at most one
 * primary and, while there are any, exactly one; at most {@link ContactField#max()} when the list is
 * made or grows. Lists stored before a rule existed still load, and can shrink.
 */
public final class ContactPoints<V extends ContactValue> {

    private final ContactField<V> field;
    private final List<ContactPoint<V>> entries;

    private ContactPoints(ContactField<V> field, List<ContactPoint<V>> entries) {
        this.field = field;
        this.entries = List.copyOf(entries);
        if (this.entries.stream().filter(ContactPoint::primary).count() > 1) {
            throw RuleViolationException.field(field.name(), "must have at most one primary entry");
        }
    }

    public static <V extends ContactValue> ContactPoints<V> none(ContactField<V> field) {
        return new ContactPoints<>(field, List.of());
    }

    /** A list as stored. */
    public static <V extends ContactValue> ContactPoints<V> restore(ContactField<V> field, List<ContactPoint<V>> entries) {
        return new ContactPoints<>(field, entries);
    }

    /**
     * A new owner's list; the first entry is primary unless another is marked so. Every broken rule of
     * every entry is reported at once, under its place in the list ({@code emails[2].email}).
     */
    public static <V extends ContactValue> ContactPoints<V> create(ContactField<V> field, List<NewContactPoint<V>> drafts,
                                                                 Clock clock) {
        requireWithinLimit(field, drafts.size());
        Instant now = clock.instant();
        Violations problems = new Violations();
        List<ContactPoint<V>> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            NewContactPoint<V> draft = drafts.get(i);
            ContactPoint<V> entry = problems.check(field.name() + "[" + i + "]", () -> {
                ContactPoint<V> candidate = new ContactPoint<>(Ids.newId(clock), draft.value().get(), draft.label(),
                        draft.primary(), now, now);
                if (!keys.add(candidate.value().key())) {
                    throw RuleViolationException.field(field.valueField(), "is given twice");
                }
                return candidate;
            });
            entries.add(entry);
        }
        problems.throwIfAny();
        return new ContactPoints<>(field, withDefaultPrimary(entries, now));
    }

    /** Refuses a new list longer than the field may hold, before anything else is done with its entries. */
    public static void requireWithinLimit(ContactField<?> field, int size) {
        if (size > field.max()) {
            throw RuleViolationException.field(field.name(), "must hold at most " + field.count(field.max()));
        }
    }

    /** Adds an entry with the given id; marking it primary (or adding the first one) makes it the only primary. */
    public ContactPoints<V> add(UUID id, NewContactPoint<V> draft, Clock clock) {
        if (entries.size() >= field.max()) {
            throw RuleViolationException.form("No more than " + field.count(field.max())
                    + " are held; remove one before adding another");
        }
        Instant now = clock.instant();
        ContactPoint<V> added = new ContactPoint<>(id, draft.value().get(), draft.label(),
                draft.primary() || entries.isEmpty(), now, now);
        requireUnique(added.value(), null);
        List<ContactPoint<V>> result = new ArrayList<>(added.primary() ? demotedAll(now) : entries);
        result.add(added);
        return new ContactPoints<>(field, result);
    }

    public ContactPoints<V> change(UUID id, ContactChange<V> change, Clock clock) {
        ContactPoint<V> current = find(id);
        if (current.primary() && Boolean.FALSE.equals(change.primary())) {
            // Moving the flag is done by marking another entry primary, which demotes this one.
            throw RuleViolationException.field("isPrimary", "cannot be unset on the primary " + field.kind().words()
                    + "; mark another one as primary instead");
        }
        V value = change.value().apply(current.value());
        requireUnique(value, id);
        Instant now = clock.instant();
        boolean primary = change.primary() != null ? change.primary() : current.primary();
        ContactPoint<V> changed = new ContactPoint<>(id, value,
                change.label() != null ? change.label().orElse(null) : current.label(), primary, current.createdAt(), now);
        List<ContactPoint<V>> result = new ArrayList<>();
        for (ContactPoint<V> entry : entries) {
            if (entry.id().equals(id)) {
                result.add(changed);
            } else {
                result.add(primary ? entry.withPrimary(false, now) : entry);
            }
        }
        return new ContactPoints<>(field, result);
    }

    /** Removes an entry; when it was the primary one, the oldest remaining entry becomes primary. */
    public ContactPoints<V> remove(UUID id, Clock clock) {
        ContactPoint<V> removed = find(id);
        List<ContactPoint<V>> rest = entries.stream().filter(entry -> !entry.id().equals(id)).toList();
        return new ContactPoints<>(field, removed.primary() ? withDefaultPrimary(rest, clock.instant()) : rest);
    }

    public ContactPoint<V> find(UUID id) {
        return entries.stream().filter(entry -> entry.id().equals(id)).findFirst()
                .orElseThrow(() -> NotFoundException.of(field.kind(), id));
    }

    public Optional<ContactPoint<V>> primary() {
        return entries.stream().filter(ContactPoint::primary).findFirst();
    }

    public List<ContactPoint<V>> entries() {
        return entries;
    }

    public ContactField<V> field() {
        return field;
    }

    /** The entries as the audit log shows them. */
    public List<Map<String, Object>> snapshot() {
        return entries.stream().map(ContactPoint::snapshot).toList();
    }

    private void requireUnique(V value, UUID except) {
        boolean taken = entries.stream()
                .anyMatch(entry -> !entry.id().equals(except) && entry.value().key().equals(value.key()));
        if (taken) {
            throw ConflictException.duplicate("The " + field.kind().words() + " " + value.shown() + " is already listed");
        }
    }

    private List<ContactPoint<V>> demotedAll(Instant now) {
        return entries.stream().map(entry -> entry.withPrimary(false, now)).toList();
    }

    private static <V extends ContactValue> List<ContactPoint<V>> withDefaultPrimary(List<ContactPoint<V>> entries,
                                                                                     Instant now) {
        if (entries.isEmpty() || entries.stream().anyMatch(ContactPoint::primary)) {
            return entries;
        }
        List<ContactPoint<V>> result = new ArrayList<>(entries);
        result.set(0, entries.getFirst().withPrimary(true, now));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContactPoints<?> points && points.field == field && points.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }
}

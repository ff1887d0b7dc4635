package com.humanscrm.domain.human;

import com.humanscrm.domain.contact.ContactHolder;
import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.Contacts;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.NewContactPoint;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.shared.Aggregate;
import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.PartyStatus;
import com.humanscrm.domain.shared.RuleViolationException;
import com.humanscrm.domain.shared.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A client (or trainer, travel agent, broker) with their emails and phone numbers: one aggregate,
 * changed and versioned as a whole. Every change returns a new instance one version later; every
 * broken rule of a change is reported at once.
 */
public final class Human implements Aggregate, ContactHolder<Human> {

    private final HumanId id;
    private final String firstName;
    private final String middleName;
    private final String lastName;
    private final PartyStatus status;
    private final Set<HumanType> types;
    private final Contacts contacts;
    private final int version;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Human(HumanId id, String firstName, String middleName, String lastName, PartyStatus status,
                  Set<HumanType> types, Contacts contacts, int version, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        Violations problems = new Violations();
        this.firstName = problems.check(() -> Checks.text(firstName, "firstName", 1, 100));
        this.middleName = problems.check(() -> Checks.optionalText(middleName, "middleName", 100));
        this.lastName = problems.check(() -> Checks.text(lastName, "lastName", 1, 100));
        this.status = problems.check(() -> Checks.required(status, "status"));
        this.types = problems.check(() -> {
            if (types == null || types.isEmpty()) {
                throw RuleViolationException.field("types", "must name at least one type");
            }
            return Collections.unmodifiableSet(EnumSet.copyOf(types));
        });
        problems.throwIfAny();
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * A new human; it needs at least one email, and the first email and phone number are primary unless
     * another is marked so.
     */
    public static Human create(NewHuman draft, Clock clock) {
        Violations problems = new Violations();
        PartyStatus status = draft.status() == null ? PartyStatus.OPEN
                : problems.check(() -> PartyStatus.fromWireName(draft.status(), "status"));
        Set<HumanType> types = problems.check(() -> HumanType.fromWireNames(draft.types(), "types"));
        if (draft.emails().isEmpty()) {
            problems.note(RuleViolationException.field("emails", "must contain at least one email"));
        }
        Contacts contacts = problems.check(() -> Contacts.create(draft.emails(), draft.phones(), clock));
        Instant now = clock.instant();
        Human human = problems.check(() -> new Human(new HumanId(Ids.newId(clock)), draft.firstName(), draft.middleName(),
                draft.lastName(), status, types, contacts == null ? Contacts.NONE : contacts, 1, now, now));
        problems.throwIfAny();
        return human;
    }

    /** A human as stored; the invariants still hold, so corrupt data cannot pass as valid. */
    public static Human restore(HumanId id, String firstName, String middleName, String lastName, PartyStatus status,
                                Set<HumanType> types, Contacts contacts, int version, Instant createdAt, Instant updatedAt) {
        return new Human(id, firstName, middleName, lastName, status, types, contacts, version, createdAt, updatedAt);
    }

    public Human change(HumanChanges changes, Clock clock) {
        Violations problems = new Violations();
        PartyStatus newStatus = changes.status() == null ? status
                : problems.check(() -> PartyStatus.fromWireName(Checks.required(changes.status().orElse(null), "status"), "status"));
        Set<HumanType> newTypes = changes.types() == null ? types
                : problems.check(() -> HumanType.fromWireNames(changes.types().orElse(null), "types"));
        Human changed = problems.check(() -> next(
                changes.firstName() != null ? changes.firstName().orElse(null) : firstName,
                changes.middleName() != null ? changes.middleName().orElse(null) : middleName,
                changes.lastName() != null ? changes.lastName().orElse(null) : lastName,
                newStatus, newTypes, contacts, clock));
        problems.throwIfAny();
        return changed;
    }

    /** This human reached by other emails and phone numbers, as {@link com.humanscrm.domain.contact.ContactPoints} allow. */
    @Override
    public Human withContacts(Contacts newContacts, Clock clock) {
        return next(firstName, middleName, lastName, status, types, newContacts, clock);
    }

    public Optional<ContactPoint<EmailAddress>> primaryEmail() {
        return contacts.emails().primary();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("firstName", firstName);
        snapshot.put("middleName", middleName);
        snapshot.put("lastName", lastName);
        snapshot.put("status", status.wireName());
        snapshot.put("types", types.stream().map(HumanType::wireName).toList());
        snapshot.put("emails", contacts.emails().snapshot());
        snapshot.put("phones", contacts.phones().snapshot());
        return snapshot;
    }

    private Human next(String first, String middle, String last, PartyStatus newStatus, Set<HumanType> newTypes,
                       Contacts newContacts, Clock clock) {
        return new Human(id, first, middle, last, newStatus, newTypes, newContacts, version + 1, createdAt, clock.instant());
    }

    public HumanId id() { return id; }
    public String firstName() { return firstName; }
    /** {@code null} when the human has none. */
    public String middleName() { return middleName; }
    public String lastName() { return lastName; }
    public PartyStatus status() { return status; }
    public Set<HumanType> types() { return types; }
    @Override
    public Contacts contacts() { return contacts; }
    public List<ContactPoint<EmailAddress>> emails() { return contacts.emails().entries(); }
    public List<ContactPoint<PhoneNumber>> phones() { return contacts.phones().entries(); }
    @Override
    public int version() { return version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }

    /** What a new human is asked to be: names as typed, status and types as wire names ({@code null} status: open). */
    public record NewHuman(String firstName, String middleName, String lastName, String status, List<String> types,
                           List<NewContactPoint<EmailAddress>> emails, List<NewContactPoint<PhoneNumber>> phones) {
        public NewHuman {
            emails = emails == null ? List.of() : List.copyOf(emails);
            phones = phones == null ? List.of() : List.copyOf(phones);
        }
    }

    /**
     * Changes to a human's own fields: {@code null} leaves a field as it is; an empty Optional clears it,
     * which only {@code middleName} allows.
     */
    public record HumanChanges(Optional<String> firstName, Optional<String> middleName, Optional<String> lastName,
                               Optional<String> status, Optional<List<String>> types) {
    }
}

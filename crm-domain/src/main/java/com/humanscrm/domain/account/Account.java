package com.humanscrm.domain.account;

import com.humanscrm.domain.contact.ContactHolder;
import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.Contacts;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.NewContactPoint;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.shared.Aggregate;
import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.PartyStatus;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.RuleViolationException;
import com.humanscrm.domain.shared.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An organisation the company works with (a flight broker, a pet-services firm) with its types, emails
 * and phone numbers: one aggregate, changed and versioned as a whole, like a human. Its types are items
 * of the account-types lookup list; its humans are linked to it, not part of it.
 */
public final class Account implements Aggregate, ContactHolder<Account> {

    /** More types than the list is meant to hold for one account, and a bound on what a request costs. */
    public static final int MAX_TYPES = 20;
    /** The most humans (in their roles) one account links: a bound on what its detail costs to read. */
    public static final int MAX_LINKS = 200;
    public static final String ALREADY_LINKED = "ALREADY_LINKED";

    private final AccountId id;
    private final String name;
    private final PartyStatus status;
    private final List<Label> types;
    private final Contacts contacts;
    private final List<HumanLink> links;
    private final int version;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Account(AccountId id, String name, PartyStatus status, List<Label> types, Contacts contacts,
                    List<HumanLink> links, int version, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        Violations problems = new Violations();
        this.name = problems.check(() -> Checks.text(name, "name", 1, 255));
        this.status = problems.check(() -> Checks.required(status, "status"));
        this.types = problems.check(() -> distinctTypes(types));
        problems.throwIfAny();
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.links = List.copyOf(links);
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new account; emails and phone numbers are optional, and the first of each is primary unless another is marked so. */
    public static Account create(NewAccount draft, Clock clock) {
        Violations problems = new Violations();
        PartyStatus status = draft.status() == null ? PartyStatus.OPEN
                : problems.check(() -> PartyStatus.fromWireName(draft.status(), "status"));
        Contacts contacts = problems.check(() -> Contacts.create(draft.emails(), draft.phones(), clock));
        Instant now = clock.instant();
        Account account = problems.check(() -> new Account(new AccountId(Ids.newId(clock)), draft.name(), status,
                draft.types(), contacts == null ? Contacts.NONE : contacts, List.of(), 1, now, now));
        problems.throwIfAny();
        return account;
    }

    /** An account as stored; the invariants still hold, so corrupt data cannot pass as valid. */
    public static Account restore(AccountId id, String name, PartyStatus status, List<Label> types, Contacts contacts,
                                  List<HumanLink> links, int version, Instant createdAt, Instant updatedAt) {
        return new Account(id, name, status, types, contacts, links, version, createdAt, updatedAt);
    }

    public Account change(AccountChanges changes, Clock clock) {
        Violations problems = new Violations();
        PartyStatus newStatus = changes.status() == null ? status
                : problems.check(() -> PartyStatus.fromWireName(Checks.required(changes.status().orElse(null), "status"), "status"));
        Account changed = problems.check(() -> next(
                changes.name() != null ? changes.name().orElse(null) : name,
                newStatus,
                changes.types() != null ? changes.types() : types,
                contacts, links, clock));
        problems.throwIfAny();
        return changed;
    }

    /** This account reached by other emails and phone numbers, as {@link com.humanscrm.domain.contact.ContactPoints} allow. */
    @Override
    public Account withContacts(Contacts newContacts, Clock clock) {
        return next(name, status, types, newContacts, links, clock);
    }

    /** Links a human in a role; a human may hold several roles, but not the same one twice. */
    public Account link(UUID linkId, HumanId human, Label role, Clock clock) {
        if (links.size() >= MAX_LINKS) {
            throw RuleViolationException.form("No more than " + MAX_LINKS + " humans are linked to one account; "
                    + "remove a link before adding another");
        }
        requireNotLinked(human, role, null);
        Instant now = clock.instant();
        List<HumanLink> more = new ArrayList<>(links);
        more.add(new HumanLink(linkId, human, role, now, now));
        return next(name, status, types, contacts, more, clock);
    }

    /** Gives a link another role, one its human does not hold here already. */
    public Account changeLinkRole(UUID linkId, Label role, Clock clock) {
        HumanLink current = link(linkId);
        requireNotLinked(current.humanId(), role, linkId);
        List<HumanLink> changed = links.stream()
                .map(link -> link.id().equals(linkId) && !link.role().equals(role)
                        ? new HumanLink(linkId, link.humanId(), role, link.createdAt(), clock.instant()) : link)
                .toList();
        return next(name, status, types, contacts, changed, clock);
    }

    public Account unlink(UUID linkId, Clock clock) {
        link(linkId);
        return next(name, status, types, contacts, links.stream().filter(link -> !link.id().equals(linkId)).toList(), clock);
    }

    public HumanLink link(UUID linkId) {
        return links.stream().filter(link -> link.id().equals(linkId)).findFirst()
                .orElseThrow(() -> NotFoundException.of(RecordKind.ACCOUNT_LINK, linkId));
    }

    private void requireNotLinked(HumanId human, Label role, UUID except) {
        if (links.stream().anyMatch(link -> !link.id().equals(except) && link.gives(human, role))) {
            throw new ConflictException(ALREADY_LINKED, "The human " + human + " is linked to the account " + id
                    + " as " + role.name() + " already");
        }
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("name", name);
        snapshot.put("status", status.wireName());
        snapshot.put("types", types.stream().map(type -> type.id().toString()).toList());
        snapshot.put("emails", contacts.emails().snapshot());
        snapshot.put("phones", contacts.phones().snapshot());
        snapshot.put("humans", links.stream().map(HumanLink::snapshot).toList());
        return snapshot;
    }

    private Account next(String newName, PartyStatus newStatus, List<Label> newTypes, Contacts newContacts,
                         List<HumanLink> newLinks, Clock clock) {
        return new Account(id, newName, newStatus, newTypes, newContacts, newLinks, version + 1, createdAt, clock.instant());
    }

    /** Refuses more types than an account holds, before any of them is looked up. */
    public static void requireTypesWithinLimit(int count) {
        if (count > MAX_TYPES) {
            throw RuleViolationException.field("typeIds", "must hold at most " + MAX_TYPES + " types");
        }
    }

    /**
     * Types in one order, by name (unique within the list), each once; the same type named twice is a
     * mistake worth reporting.
     */
    private static List<Label> distinctTypes(List<Label> types) {
        requireTypesWithinLimit(types.size());
        Set<Object> ids = new HashSet<>();
        for (Label type : types) {
            if (!ids.add(Objects.requireNonNull(type, "type").id())) {
                throw RuleViolationException.field("typeIds", "names the type " + type.id() + " twice");
            }
        }
        return types.stream().sorted(Comparator.comparing(Label::name)).toList();
    }

    public AccountId id() { return id; }
    public String name() { return name; }
    public PartyStatus status() { return status; }
    /** By name. */
    public List<Label> types() { return types; }
    @Override
    public Contacts contacts() { return contacts; }
    public List<ContactPoint<EmailAddress>> emails() { return contacts.emails().entries(); }
    public List<ContactPoint<PhoneNumber>> phones() { return contacts.phones().entries(); }
    /** The humans linked to this account, in the order they were linked. */
    public List<HumanLink> links() { return links; }
    public Optional<ContactPoint<EmailAddress>> primaryEmail() { return contacts.emails().primary(); }
    @Override
    public int version() { return version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }

    /** What a new account is asked to be: its name as typed, status as a wire name ({@code null}: open), types resolved. */
    public record NewAccount(String name, String status, List<Label> types, List<NewContactPoint<EmailAddress>> emails,
                             List<NewContactPoint<PhoneNumber>> phones) {
        public NewAccount {
            types = types == null ? List.of() : List.copyOf(types);
            emails = emails == null ? List.of() : List.copyOf(emails);
            phones = phones == null ? List.of() : List.copyOf(phones);
        }
    }

    /**
     * Changes to an account's own fields: {@code null} leaves a field as it is. An empty Optional would
     * clear it, which neither name nor status allows; an empty list of types removes them all.
     */
    public record AccountChanges(Optional<String> name, Optional<String> status, List<Label> types) {
    }
}

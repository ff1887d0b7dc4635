package com.humanscrm.domain.human;

import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A client (or trainer, travel agent, broker) with their emails and phone numbers: one aggregate,
 * changed and versioned as a whole. Every change returns a new instance one version later.
 */
public final class Human {

    /** The most emails one human holds: more than anyone has, and a bound on what one request can cost. */
    public static final int MAX_EMAILS = 50;
    /** The most phone numbers one human holds. */
    public static final int MAX_PHONES = 50;

    private final HumanId id;
    private final String firstName;
    private final String middleName;
    private final String lastName;
    private final HumanStatus status;
    private final Set<HumanType> types;
    private final List<HumanEmail> emails;
    private final List<HumanPhone> phones;
    private final int version;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Human(HumanId id, String firstName, String middleName, String lastName, HumanStatus status,
                  Set<HumanType> types, List<HumanEmail> emails, List<HumanPhone> phones,
                  int version, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.firstName = Checks.text(firstName, "firstName", 1, 100);
        this.middleName = Checks.optionalText(middleName, "middleName", 100);
        this.lastName = Checks.text(lastName, "lastName", 1, 100);
        this.status = Checks.required(status, "status");
        if (types == null || types.isEmpty()) {
            throw RuleViolationException.field("types", "must name at least one type");
        }
        this.types = Collections.unmodifiableSet(EnumSet.copyOf(types));
        this.emails = List.copyOf(emails);
        this.phones = List.copyOf(phones);
        requireAtMostOnePrimary(this.emails, HumanEmail::primary, "emails");
        requireAtMostOnePrimary(this.phones, HumanPhone::primary, "phones");
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * Refuses more emails or phone numbers than a new human holds, and one more than a human may be given:
     * checked when a human is created (by a use case before it does anything with the entries of a long
     * list) or gains an entry. A human stored before the limit, with more, still loads and can shed some.
     */
    public static void requireWithinLimits(int emails, int phones) {
        if (emails > MAX_EMAILS) {
            throw RuleViolationException.field("emails", "must hold at most " + MAX_EMAILS + " emails");
        }
        if (phones > MAX_PHONES) {
            throw RuleViolationException.field("phones", "must hold at most " + MAX_PHONES + " phone numbers");
        }
    }

    /**
     * A new human; it needs at least one email, and the first one is primary unless another is marked so.
     * Every broken rule of the draft is reported at once: its names, types and each email and phone number.
     */
    public static Human create(NewHuman draft, Clock clock) {
        if (draft.emails() == null || draft.emails().isEmpty()) {
            throw RuleViolationException.field("emails", "must contain at least one email");
        }
        requireWithinLimits(draft.emails().size(), draft.phones() == null ? 0 : draft.phones().size());
        Instant now = clock.instant();
        List<RuleViolationException> problems = new ArrayList<>();
        collect(problems, () -> Checks.text(draft.firstName(), "firstName", 1, 100));
        collect(problems, () -> Checks.optionalText(draft.middleName(), "middleName", 100));
        collect(problems, () -> Checks.text(draft.lastName(), "lastName", 1, 100));
        if (draft.types() == null || draft.types().isEmpty()) {
            problems.add(RuleViolationException.field("types", "must name at least one type"));
        }
        List<HumanEmail> emails = new ArrayList<>();
        Set<String> addresses = new HashSet<>();
        for (int i = 0; i < draft.emails().size(); i++) {
            NewEmail email = draft.emails().get(i);
            try {
                // Validate the address before comparing it: a missing one must be a field error, not a crash.
                HumanEmail candidate = new HumanEmail(Ids.newId(clock), email.email(), email.label(), email.primary(), now, now);
                if (!addresses.add(candidate.addressKey())) {
                    throw RuleViolationException.field("email", "is given twice");
                }
                emails.add(candidate);
            } catch (RuleViolationException e) {
                problems.add(e.under("emails[" + i + "]"));
            }
        }
        List<HumanPhone> phones = new ArrayList<>();
        List<NewPhone> newPhones = draft.phones() == null ? List.of() : draft.phones();
        for (int i = 0; i < newPhones.size(); i++) {
            NewPhone phone = newPhones.get(i);
            try {
                phones.add(new HumanPhone(Ids.newId(clock), phone.number(), phone.label(), phone.hasWhatsapp(),
                        phone.primary(), now, now));
            } catch (RuleViolationException e) {
                problems.add(e.under("phones[" + i + "]"));
            }
        }
        if (!problems.isEmpty()) {
            throw RuleViolationException.combined(problems);
        }
        return new Human(new HumanId(Ids.newId(clock)), draft.firstName(), draft.middleName(), draft.lastName(),
                draft.status() == null ? HumanStatus.OPEN : draft.status(), draft.types(),
                withDefaultPrimary(emails, HumanEmail::primary, e -> e.withPrimary(true, now)),
                withDefaultPrimary(phones, HumanPhone::primary, p -> p.withPrimary(true, now)),
                1, now, now);
    }

    /** A human as stored; the invariants still hold, so corrupt data cannot pass as valid. */
    public static Human restore(HumanId id, String firstName, String middleName, String lastName, HumanStatus status,
                                Set<HumanType> types, List<HumanEmail> emails, List<HumanPhone> phones,
                                int version, Instant createdAt, Instant updatedAt) {
        return new Human(id, firstName, middleName, lastName, status, types, emails, phones, version, createdAt, updatedAt);
    }

    public Human change(HumanChanges changes, Clock clock) {
        return next(
                changes.firstName() != null ? changes.firstName() : firstName,
                changes.middleName() != null ? changes.middleName().orElse(null) : middleName,
                changes.lastName() != null ? changes.lastName() : lastName,
                changes.status() != null ? changes.status() : status,
                changes.types() != null ? changes.types() : types,
                emails, phones, clock);
    }

    public Human addEmail(NewEmail email, Clock clock) {
        if (emails.size() >= MAX_EMAILS) {
            throw RuleViolationException.form("A human holds at most " + MAX_EMAILS + " emails; remove one before adding another");
        }
        Instant now = clock.instant();
        HumanEmail added = new HumanEmail(Ids.newId(clock), email.email(), email.label(),
                email.primary() || emails.isEmpty(), now, now);
        if (emails.stream().anyMatch(existing -> existing.sameAddressAs(added.email()))) {
            throw ConflictException.duplicate("This human already has the email address " + added.email());
        }
        List<HumanEmail> result = new ArrayList<>(added.primary() ? demoted(emails, e -> e.withPrimary(false, now)) : emails);
        result.add(added);
        return withEmails(result, clock);
    }

    public Human changeEmail(UUID emailId, EmailChanges changes, Clock clock) {
        HumanEmail current = email(emailId);
        if (changes.email() != null && !current.sameAddressAs(changes.email())
                && emails.stream().anyMatch(other -> other.sameAddressAs(changes.email()))) {
            throw ConflictException.duplicate("This human already has the email address " + changes.email().strip());
        }
        requireKeepsAPrimary(current.primary(), changes.primary(), "email");
        Instant now = clock.instant();
        boolean primary = changes.primary() != null ? changes.primary() : current.primary();
        HumanEmail changed = new HumanEmail(current.id(),
                changes.email() != null ? changes.email() : current.email(),
                changes.label() != null ? changes.label().orElse(null) : current.label(),
                primary, current.createdAt(), now);
        List<HumanEmail> result = new ArrayList<>();
        for (HumanEmail email : emails) {
            if (email.id().equals(emailId)) {
                result.add(changed);
            } else {
                result.add(primary ? email.withPrimary(false, now) : email);
            }
        }
        return withEmails(result, clock);
    }

    /** Removes an email; when it was the primary one, the oldest remaining email becomes primary. */
    public Human removeEmail(UUID emailId, Clock clock) {
        HumanEmail removed = email(emailId);
        Instant now = clock.instant();
        List<HumanEmail> rest = emails.stream().filter(e -> !e.id().equals(emailId)).toList();
        return withEmails(removed.primary() ? withDefaultPrimary(rest, HumanEmail::primary, e -> e.withPrimary(true, now)) : rest, clock);
    }

    public Human addPhone(NewPhone phone, Clock clock) {
        if (phones.size() >= MAX_PHONES) {
            throw RuleViolationException.form("A human holds at most " + MAX_PHONES + " phone numbers; remove one before adding another");
        }
        Instant now = clock.instant();
        HumanPhone added = new HumanPhone(Ids.newId(clock), phone.number(), phone.label(), phone.hasWhatsapp(),
                phone.primary() || phones.isEmpty(), now, now);
        List<HumanPhone> result = new ArrayList<>(added.primary() ? demoted(phones, p -> p.withPrimary(false, now)) : phones);
        result.add(added);
        return withPhones(result, clock);
    }

    public Human changePhone(UUID phoneId, PhoneChanges changes, Clock clock) {
        HumanPhone current = phone(phoneId);
        requireKeepsAPrimary(current.primary(), changes.primary(), "phone number");
        Instant now = clock.instant();
        boolean primary = changes.primary() != null ? changes.primary() : current.primary();
        HumanPhone changed = new HumanPhone(current.id(),
                changes.number() != null ? changes.number() : current.number(),
                changes.label() != null ? changes.label().orElse(null) : current.label(),
                changes.hasWhatsapp() != null ? changes.hasWhatsapp() : current.hasWhatsapp(),
                primary, current.createdAt(), now);
        List<HumanPhone> result = new ArrayList<>();
        for (HumanPhone phone : phones) {
            if (phone.id().equals(phoneId)) {
                result.add(changed);
            } else {
                result.add(primary ? phone.withPrimary(false, now) : phone);
            }
        }
        return withPhones(result, clock);
    }

    /** Removes a phone number; when it was the primary one, the oldest remaining number becomes primary. */
    public Human removePhone(UUID phoneId, Clock clock) {
        HumanPhone removed = phone(phoneId);
        Instant now = clock.instant();
        List<HumanPhone> rest = phones.stream().filter(p -> !p.id().equals(phoneId)).toList();
        return withPhones(removed.primary() ? withDefaultPrimary(rest, HumanPhone::primary, p -> p.withPrimary(true, now)) : rest, clock);
    }

    public HumanEmail email(UUID emailId) {
        return emails.stream().filter(e -> e.id().equals(emailId)).findFirst()
                .orElseThrow(() -> NotFoundException.of(RecordKind.EMAIL, emailId));
    }

    public HumanPhone phone(UUID phoneId) {
        return phones.stream().filter(p -> p.id().equals(phoneId)).findFirst()
                .orElseThrow(() -> NotFoundException.of(RecordKind.PHONE_NUMBER, phoneId));
    }

    public Optional<HumanEmail> primaryEmail() {
        return emails.stream().filter(HumanEmail::primary).findFirst();
    }

    /** The whole record as the audit log shows it. */
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("firstName", firstName);
        snapshot.put("middleName", middleName);
        snapshot.put("lastName", lastName);
        snapshot.put("status", status.wireName());
        snapshot.put("types", types.stream().map(HumanType::wireName).toList());
        snapshot.put("emails", emails.stream().map(HumanEmail::snapshot).toList());
        snapshot.put("phones", phones.stream().map(HumanPhone::snapshot).toList());
        return snapshot;
    }

    private Human withEmails(List<HumanEmail> newEmails, Clock clock) {
        return next(firstName, middleName, lastName, status, types, newEmails, phones, clock);
    }

    private Human withPhones(List<HumanPhone> newPhones, Clock clock) {
        return next(firstName, middleName, lastName, status, types, emails, newPhones, clock);
    }

    private Human next(String first, String middle, String last, HumanStatus newStatus, Set<HumanType> newTypes,
                       List<HumanEmail> newEmails, List<HumanPhone> newPhones, Clock clock) {
        return new Human(id, first, middle, last, newStatus, newTypes, newEmails, newPhones, version + 1, createdAt, clock.instant());
    }

    /**
     * Unmarking the primary entry would leave the human without one; the way to move the flag is to
     * mark another entry primary, which demotes this one.
     */
    private static void requireKeepsAPrimary(boolean currentlyPrimary, Boolean requested, String what) {
        if (currentlyPrimary && Boolean.FALSE.equals(requested)) {
            throw RuleViolationException.field("isPrimary",
                    "cannot be unset on the primary " + what + "; mark another one as primary instead");
        }
    }

    private static void collect(List<RuleViolationException> problems, Runnable check) {
        try {
            check.run();
        } catch (RuleViolationException e) {
            problems.add(e);
        }
    }

    private static <T> void requireAtMostOnePrimary(List<T> items, java.util.function.Predicate<T> primary, String field) {
        if (items.stream().filter(primary).count() > 1) {
            throw RuleViolationException.field(field, "must have at most one primary entry");
        }
    }

    private static <T> List<T> withDefaultPrimary(List<T> items, java.util.function.Predicate<T> primary, Function<T, T> promote) {
        if (items.isEmpty() || items.stream().anyMatch(primary)) {
            return items;
        }
        List<T> result = new ArrayList<>(items);
        result.set(0, promote.apply(items.getFirst()));
        return result;
    }

    private static <T> List<T> demoted(List<T> items, Function<T, T> demote) {
        return items.stream().map(demote).toList();
    }

    public HumanId id() { return id; }
    public String firstName() { return firstName; }
    /** {@code null} when the human has none. */
    public String middleName() { return middleName; }
    public String lastName() { return lastName; }
    public HumanStatus status() { return status; }
    public Set<HumanType> types() { return types; }
    public List<HumanEmail> emails() { return emails; }
    public List<HumanPhone> phones() { return phones; }
    public int version() { return version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }

    /** What a new human is made of. */
    public record NewHuman(String firstName, String middleName, String lastName, HumanStatus status,
                           Set<HumanType> types, List<NewEmail> emails, List<NewPhone> phones) {
    }

    public record NewEmail(String email, Label label, boolean primary) {
    }

    public record NewPhone(String number, Label label, boolean hasWhatsapp, boolean primary) {
    }

    /** Changes to a human's own fields: {@code null} leaves a field as it is; an empty Optional clears it. */
    public record HumanChanges(String firstName, Optional<String> middleName, String lastName, HumanStatus status,
                               Set<HumanType> types) {
    }

    /** {@code null} leaves a field as it is; an empty Optional clears the label. */
    public record EmailChanges(String email, Optional<Label> label, Boolean primary) {
    }

    /** {@code null} leaves a field as it is; an empty Optional clears the label. */
    public record PhoneChanges(String number, Optional<Label> label, Boolean hasWhatsapp, Boolean primary) {
    }
}

package com.humanscrm.domain.colleague;

import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A member of staff. Exists before their first sign-in (an admin creates them); {@code googleId} is
 * recorded at that sign-in. Deactivated colleagues keep their history but can no longer act.
 */
public record Colleague(
        ColleagueId id,
        String email,
        String firstName,
        String middleNames,
        String lastName,
        String displayName,
        String avatarUrl,
        String googleId,
        Role role,
        boolean active,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    /** Every broken rule at once, each field once. */
    public Colleague(ColleagueId id, String email, String firstName, String middleNames, String lastName,
                     String displayName, String avatarUrl, String googleId, Role role, boolean active, int version,
                     Instant createdAt, Instant updatedAt) {
        Violations problems = new Violations();
        String checkedFirstName = problems.check(() -> Checks.text(firstName, "firstName", 1, 100));
        String checkedLastName = problems.check(() -> Checks.text(lastName, "lastName", 1, 100));
        this.id = Objects.requireNonNull(id, "id");
        this.email = problems.check(() -> Checks.email(email, "email").toLowerCase(Locale.ROOT));
        this.firstName = checkedFirstName;
        this.middleNames = problems.check(() -> Checks.optionalText(middleNames, "middleNames", 200));
        this.lastName = checkedLastName;
        this.displayName = problems.check(() -> displayName == null || displayName.isBlank()
                ? checkedFirstName + " " + checkedLastName
                : Checks.text(displayName, "displayName", 1, 300));
        this.avatarUrl = problems.check(() -> Checks.optionalText(avatarUrl, "avatarUrl", 2000));
        this.googleId = googleId;
        this.role = problems.check(() -> Checks.required(role, "role"));
        problems.throwIfAny();
        this.active = active;
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Colleague create(String email, String firstName, String middleNames, String lastName,
                                   String displayName, Role role, Clock clock) {
        Instant now = clock.instant();
        return new Colleague(new ColleagueId(Ids.newId(clock)), email, firstName, middleNames, lastName,
                displayName, null, null, role, true, 1, now, now);
    }

    /** The same colleague with the given changes applied, one version later. */
    public Colleague change(Changes changes, Clock clock) {
        String newFirstName = changes.firstName() != null ? changes.firstName() : firstName;
        String newLastName = changes.lastName() != null ? changes.lastName() : lastName;
        // A display name that was only ever the names follows them; one chosen on purpose stays.
        String newDisplayName = changes.displayName() != null ? changes.displayName()
                : displayName.equals(firstName + " " + lastName) ? null : displayName;
        return new Colleague(id, email,
                newFirstName,
                changes.middleNames() != null ? changes.middleNames().orElse(null) : middleNames,
                newLastName,
                newDisplayName,
                avatarUrl, googleId,
                changes.role() != null ? changes.role() : role,
                changes.active() != null ? changes.active() : active,
                version + 1, createdAt, clock.instant());
    }

    /**
     * The same colleague, one version later, as known from their first sign-in with Google: their Google
     * account id, and the picture Google shows for them (kept only when they have none yet).
     */
    public Colleague signedInWithGoogle(String newGoogleId, String pictureUrl, Clock clock) {
        return new Colleague(id, email, firstName, middleNames, lastName, displayName,
                avatarUrl != null ? avatarUrl : pictureUrl, Checks.text(newGoogleId, "googleId", 1, 255),
                role, active, version + 1, createdAt, clock.instant());
    }

    /**
     * What may change; {@code null} leaves a field as it is, an empty Optional clears an optional field.
     */
    public record Changes(String firstName, java.util.Optional<String> middleNames, String lastName,
                          String displayName, Role role, Boolean active) {
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("email", email);
        snapshot.put("firstName", firstName);
        snapshot.put("middleNames", middleNames);
        snapshot.put("lastName", lastName);
        snapshot.put("displayName", displayName);
        snapshot.put("avatarUrl", avatarUrl);
        snapshot.put("googleId", googleId);
        snapshot.put("role", role.wireName());
        snapshot.put("isActive", active);
        return snapshot;
    }
}

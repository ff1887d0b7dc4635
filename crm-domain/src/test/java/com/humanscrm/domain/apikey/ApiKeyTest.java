package com.humanscrm.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.Refusals;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final ColleagueId OWNER = new ColleagueId(Ids.newId(Clocks.t0()));
    private static final Instant IN_A_WEEK = Clocks.T0.plus(Duration.ofDays(7));

    private final ApiKeySecret secret = ApiKeySecret.generate();

    @Test
    void withoutARoleAKeyGetsItsOwnersRole() {
        assertThat(create(Role.MANAGER, null, null).role()).isEqualTo(Role.MANAGER);
    }

    @Test
    void aRoleUpToTheOwnersIsGranted() {
        assertThat(create(Role.MANAGER, Role.VIEWER, null).role()).isEqualTo(Role.VIEWER);
        assertThat(create(Role.MANAGER, Role.MANAGER, null).role()).isEqualTo(Role.MANAGER);
    }

    @Test
    void aRoleAboveTheOwnersIsRefused() {
        Refusals.fieldError(() -> create(Role.AGENT, Role.ADMIN, null), "role");
    }

    @Test
    void anExpiryMustBeInTheFuture() {
        Refusals.fieldError(() -> create(Role.AGENT, null, Clocks.T0.minusSeconds(1)), "expiresAt");
        Refusals.fieldError(() -> create(Role.AGENT, null, Clocks.T0), "expiresAt");
        assertThat(create(Role.AGENT, null, IN_A_WEEK).expiresAt()).isEqualTo(IN_A_WEEK);
    }

    @Test
    void anExpiryBeyondWhatATimestampCanHoldIsRefused() {
        Refusals.fieldError(() -> create(Role.AGENT, null, Instant.parse("+10000-01-01T00:00:00Z")), "expiresAt");
        assertThat(create(Role.AGENT, null, ApiKey.LATEST_EXPIRY).expiresAt()).isEqualTo(ApiKey.LATEST_EXPIRY);
    }

    @Test
    void aKeyKeepsTheHashAndPrefixOfItsSecretButNotTheSecret() {
        ApiKey key = create(Role.AGENT, null, null);

        assertThat(key.secretHash()).isEqualTo(secret.hash());
        assertThat(key.prefix()).isEqualTo(secret.prefix());
        assertThat(key.toString()).doesNotContain(secret.value());
        assertThat(key.auditSnapshot()).doesNotContainKey("secretHash").containsEntry("prefix", secret.prefix());
    }

    @Test
    void aNewKeyIsUsableUntilItExpires() {
        ApiKey key = create(Role.AGENT, null, IN_A_WEEK);

        assertThat(key.usableAt(Clocks.T0)).isTrue();
        assertThat(key.usableAt(IN_A_WEEK.minusMillis(1))).isTrue();
        assertThat(key.usableAt(IN_A_WEEK)).as("expired at the expiry instant").isFalse();
        assertThat(create(Role.AGENT, null, null).usableAt(Instant.MAX)).as("no expiry never expires").isTrue();
    }

    @Test
    void revokingStampsTheTimeOneVersionLaterAndMakesTheKeyUnusable() {
        Clock later = Clocks.after(Duration.ofHours(1));

        ApiKey revoked = create(Role.AGENT, null, null).revoke(later);

        assertThat(revoked.revokedAt()).isEqualTo(later.instant());
        assertThat(revoked.updatedAt()).isEqualTo(later.instant());
        assertThat(revoked.version()).isEqualTo(2);
        assertThat(revoked.usableAt(later.instant())).isFalse();
    }

    @Test
    void revokingTwiceChangesNothing() {
        ApiKey revoked = create(Role.AGENT, null, null).revoke(Clocks.after(Duration.ofHours(1)));

        assertThat(revoked.revoke(Clocks.after(Duration.ofHours(2)))).isSameAs(revoked);
    }

    @Test
    void aKeyNeedsANameAndARoleEvenWhenReadBack() {
        Refusals.fieldError(() -> ApiKey.create(OWNER, Role.AGENT, " ", null, null, secret, Clocks.t0()), "name");
        Refusals.fieldError(() -> new ApiKey(new ApiKeyId(Ids.newId(Clocks.t0())), OWNER, "ci", null, secret.hash(),
                secret.prefix(), null, null, null, 1, Clocks.T0, Clocks.T0), "role");
    }

    @Test
    void everyBrokenRuleOfANewKeyIsReportedAtOnce() {
        RuleViolationException refusal = catchThrowableOfType(RuleViolationException.class,
                () -> ApiKey.create(OWNER, Role.AGENT, "", Role.ADMIN, Clocks.T0, secret, Clocks.t0()));

        assertThat(refusal.fieldErrors()).containsOnlyKeys("name", "role", "expiresAt");
    }

    private ApiKey create(Role ownerRole, Role role, Instant expiresAt) {
        return ApiKey.create(OWNER, ownerRole, "ci", role, expiresAt, secret, Clocks.t0());
    }
}

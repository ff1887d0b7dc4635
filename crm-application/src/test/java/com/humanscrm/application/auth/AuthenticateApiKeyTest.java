package com.humanscrm.application.auth;

import static com.humanscrm.application.testing.NewHumanBuilder.aHuman;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.apikey.CreateApiKey;
import com.humanscrm.application.apikey.RevokeApiKey;
import com.humanscrm.application.colleague.ChangeColleague;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.apikey.ApiKey;
import com.humanscrm.domain.apikey.ApiKeySecret;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthenticateApiKeyTest extends UseCaseTest {

    private final Colleague owner = crm.colleague(Role.MANAGER);

    @Test
    void aValidKeyIsItsColleagueWithTheKeysRole() {
        CreateApiKey.Created created = create(Role.AGENT, null);

        Principal principal = authenticate(created.secret().value());

        assertThat(principal).isEqualTo(new Principal(owner.id(), created.key().id(), Role.AGENT, owner.email(), owner.displayName()));
    }

    @Test
    void aDemotedColleaguesKeyIsCappedToTheirNewRoleOnTheNextRequest() {
        String secret = create(null, null).secret().value();

        changeOwner(new ChangeColleague.Command(owner.id(), null, null, null, null, null, Optional.of("viewer"), null));

        assertThat(authenticate(secret).role()).isEqualTo(Role.VIEWER);
    }

    @Test
    void aDeactivatedColleaguesKeyNoLongerAuthenticates() {
        String secret = create(null, null).secret().value();

        changeOwner(new ChangeColleague.Command(owner.id(), null, null, null, null, null, null, false));

        invalid(secret);
    }

    @Test
    void aRevokedKeyNoLongerAuthenticates() {
        CreateApiKey.Created created = create(null, null);

        useCases.apiKeys().revoke().execute(admin, new RevokeApiKey.Command(created.key().id()));

        invalid(created.secret().value());
    }

    @Test
    void anExpiredKeyNoLongerAuthenticates() {
        CreateApiKey.Created created = create(null, crm.clock.instant().plus(Duration.ofDays(1)));
        assertThat(authenticate(created.secret().value())).isNotNull();

        crm.clock.advance(Duration.ofDays(1));

        invalid(created.secret().value());
    }

    @Test
    void anUnknownOrMissingSecretDoesNotAuthenticate() {
        invalid(ApiKeySecret.generate().value());
        invalid("");
        // Used to fail with a NullPointerException (a 500) instead of a 401.
        invalid(null);
    }

    @Test
    void noCredentialAtAllIsToldApartFromOneThatDoesNotAuthenticate() {
        // Clients switch on the code: AUTH_REQUIRED asks them to send a key, AUTH_INVALID to replace theirs.
        assertThat(AuthenticationException.required().code()).isEqualTo("AUTH_REQUIRED");
        assertThat(AuthenticationException.invalid().code()).isEqualTo("AUTH_INVALID");
    }

    @Test
    void aSuccessfulUseIsRecordedAsTheKeysLastUse() {
        CreateApiKey.Created created = create(null, null);
        crm.clock.advance(Duration.ofMinutes(3));

        authenticate(created.secret().value());

        ApiKey key = useCases.apiKeys().queries().get(admin, created.key().id());
        assertThat(key.lastUsedAt()).isAfter(created.key().createdAt().plus(Duration.ofMinutes(3)));
    }

    @Test
    void whatAKeyDoesIsAuditedWithTheKeyAndTheRequest() {
        Principal principal = authenticate(create(Role.AGENT, null).secret().value());
        Actor actor = principal.actor("req-42", "203.0.113.9");

        useCases.humans().create().execute(actor, aHuman().command());

        AuditEntry entry = crm.auditLog.entries().getLast();
        assertThat(entry.apiKeyId()).isEqualTo(principal.apiKeyId().value());
        assertThat(entry.colleagueId()).isEqualTo(owner.id().value());
        assertThat(entry.requestId()).isEqualTo("req-42");
        assertThat(entry.clientIp()).isEqualTo("203.0.113.9");
    }

    private CreateApiKey.Created create(Role role, Instant expiresAt) {
        return useCases.apiKeys().create().execute(admin, new CreateApiKey.Command(owner.id(), null, "ci", role == null ? null : role.wireName(), expiresAt));
    }

    private void changeOwner(ChangeColleague.Command command) {
        useCases.colleagues().change().execute(admin, command);
    }

    private Principal authenticate(String secret) {
        return useCases.apiKeys().authenticate().execute(secret);
    }

    private void invalid(String secret) {
        refused(AuthenticationException.class, "AUTH_INVALID", () -> authenticate(secret));
    }
}

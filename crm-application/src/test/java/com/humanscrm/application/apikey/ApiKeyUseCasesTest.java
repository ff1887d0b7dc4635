package com.humanscrm.application.apikey;

import com.humanscrm.domain.shared.RecordKind;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.colleague.ChangeColleague;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.Observed;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.apikey.ApiKey;
import com.humanscrm.domain.apikey.ApiKeyId;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.shared.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** CreateApiKey, RevokeApiKey and ApiKeyQueries: all admin-only. */
class ApiKeyUseCasesTest extends UseCaseTest {

    private final Colleague owner = crm.colleague(Role.MANAGER);

    @Nested
    class Creating {

        @Test
        void anAdminCreatesAKeyThatStoresOnlyTheHashOfTheSecretItReturns() {
            CreateApiKey.Created created = create(new CreateApiKey.Command(owner.id(), null, "ci", "agent", null));

            ApiKey stored = useCases.apiKeys().queries().get(admin, created.key().id());
            assertThat(stored).isEqualTo(created.key());
            assertThat(stored.secretHash()).isEqualTo(created.secret().hash()).isNotEqualTo(created.secret().value());
            assertThat(stored.role()).isEqualTo(Role.AGENT);
            assertThat(stored.colleagueId()).isEqualTo(owner.id());
        }

        @Test
        void theCreationIsAuditedWithoutTheSecretOrItsHash() {
            Observed<CreateApiKey.Created> created = observe(() -> create(new CreateApiKey.Command(owner.id(), null, "ci", null, null)));

            AuditEntry entry = created.onlyAuditEntry();
            assertAudit(entry, AuditAction.CREATE, RecordKind.API_KEY, created.result().key().id().value(), admin);
            assertThat(entry.changes()).isEqualTo(AuditEntry.created(created.result().key().auditSnapshot()));
            assertThat(entry.changes().toString()).doesNotContain(created.result().secret().value())
                    .doesNotContain(created.result().key().secretHash());
        }

        @Test
        void withoutARoleTheKeyGetsTheColleaguesRole() {
            assertThat(create(new CreateApiKey.Command(owner.id(), null, "ci", null, null)).key().role()).isEqualTo(Role.MANAGER);
        }

        @Test
        void theOperatorNamesTheColleagueByEmail() {
            CreateApiKey.Created created = useCases.apiKeys().create().execute(Actor.operator(),
                    new CreateApiKey.Command(null, owner.email().toUpperCase(Locale.ROOT), "cli", null, null));

            assertThat(created.key().colleagueId()).isEqualTo(owner.id());
        }

        @Test
        void aRoleAboveTheColleaguesOrAPastExpiryAreFieldErrors() {
            refusedOnField("role", () -> create(new CreateApiKey.Command(owner.id(), null, "ci", "admin", null)));
            refusedOnField("expiresAt", () -> create(new CreateApiKey.Command(owner.id(), null, "ci", null, crm.clock.instant())));
            refusedOnField("name", () -> create(new CreateApiKey.Command(owner.id(), null, " ", null, null)));
        }

        @Test
        void everyBrokenRuleIsReportedAtOnceEachFieldOnce() {
            refusedOnFields(() -> create(new CreateApiKey.Command(owner.id(), null, " ", "admin", crm.clock.instant())),
                    "name", "role", "expiresAt");
            refusedOnFields(() -> create(new CreateApiKey.Command(new ColleagueId(UUID.randomUUID()), null, "ci", "owner", null)),
                    "colleagueId", "role");
        }

        @Test
        void aDeactivatedColleagueGetsNoNewKey() {
            useCases.colleagues().change().execute(admin, new ChangeColleague.Command(owner.id(), null, null, null, null, null, null, false));

            refusedOnForm(() -> create(new CreateApiKey.Command(owner.id(), null, "ci", null, null)));
        }

        @Test
        void anUnknownColleagueIsRefused() {
            refusedOnField("colleagueId", () -> create(new CreateApiKey.Command(new ColleagueId(UUID.randomUUID()), null, "ci", null, null)));
            refused(NotFoundException.class, "COLLEAGUE_NOT_FOUND", () -> useCases.apiKeys().create().execute(Actor.operator(),
                    new CreateApiKey.Command(null, "nobody@example.test", "ci", null, null)));
        }

        @Test
        void onlyAdminsCreateKeys() {
            forbidden(() -> useCases.apiKeys().create().execute(manager, new CreateApiKey.Command(manager.colleagueId(), null, "mine", null, null)));
        }
    }

    @Nested
    class Revoking {

        private final ApiKey key = create(new CreateApiKey.Command(owner.id(), null, "ci", null, null)).key();

        @Test
        void anAdminRevokesAKeyWithOneAuditEntryAboutTheRevocation() {
            crm.clock.advance(Duration.ofHours(1));

            Observed<ApiKey> revoked = observe(() -> revoke(key.id()));

            Instant revokedAt = revoked.result().revokedAt();
            assertThat(revokedAt).isAfter(key.createdAt());
            assertThat(useCases.apiKeys().queries().get(admin, key.id()).revokedAt()).isEqualTo(revokedAt);
            AuditEntry entry = revoked.onlyAuditEntry();
            assertAudit(entry, AuditAction.UPDATE, RecordKind.API_KEY, key.id().value(), admin);
            assertThat(entry.changes()).containsOnlyKeys("revokedAt");
        }

        @Test
        void revokingTwiceIsHarmless() {
            ApiKey first = revoke(key.id());
            crm.clock.advance(Duration.ofHours(1));

            Observed<ApiKey> again = observe(() -> revoke(key.id()));

            again.auditedNothing();
            assertThat(again.result()).isEqualTo(first);
        }

        @Test
        void anUnknownKeyIsNotFound() {
            refused(NotFoundException.class, "API_KEY_NOT_FOUND", () -> revoke(new ApiKeyId(UUID.randomUUID())));
        }

        @Test
        void onlyAdminsRevokeKeys() {
            forbidden(() -> useCases.apiKeys().revoke().execute(manager, new RevokeApiKey.Command(key.id())));
        }
    }

    @Nested
    class Reading {

        @Test
        void anAdminListsAColleaguesKeysNewestFirst() {
            ApiKey older = create(new CreateApiKey.Command(owner.id(), null, "older", null, null)).key();
            ApiKey newer = create(new CreateApiKey.Command(owner.id(), null, "newer", null, null)).key();
            crm.apiKey(Role.AGENT);

            assertThat(useCases.apiKeys().queries().list(admin, owner.id(), PageRequest.first(10)).items()).extracting(ApiKey::id)
                    .containsExactly(newer.id(), older.id());
        }

        @Test
        void anUnknownKeyIsNotFound() {
            refused(NotFoundException.class, "API_KEY_NOT_FOUND",
                    () -> useCases.apiKeys().queries().get(admin, new ApiKeyId(UUID.randomUUID())));
        }

        @Test
        void nonAdminsCannotReadKeys() {
            ApiKey key = create(new CreateApiKey.Command(owner.id(), null, "ci", null, null)).key();

            forbidden(() -> useCases.apiKeys().queries().get(manager, key.id()));
            forbidden(() -> useCases.apiKeys().queries().list(manager, owner.id(), PageRequest.first(10)));
        }
    }

    private CreateApiKey.Created create(CreateApiKey.Command command) {
        return useCases.apiKeys().create().execute(admin, command);
    }

    private ApiKey revoke(ApiKeyId id) {
        return useCases.apiKeys().revoke().execute(admin, new RevokeApiKey.Command(id));
    }
}

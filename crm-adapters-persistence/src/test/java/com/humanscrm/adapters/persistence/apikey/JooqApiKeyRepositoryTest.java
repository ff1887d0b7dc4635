package com.humanscrm.adapters.persistence.apikey;

import static com.humanscrm.adapters.persistence.jooq.Tables.API_KEYS;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.persistence.DatabaseSettings;
import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.adapters.persistence.PostgresPersistence;
import com.humanscrm.adapters.persistence.StatementLog;
import com.humanscrm.adapters.persistence.jooq.tables.records.ApiKeysRecord;
import com.humanscrm.adapters.persistence.shared.CredentialChanges;
import com.humanscrm.adapters.persistence.shared.JooqUnitOfWork;
import com.humanscrm.adapters.persistence.shared.LastUses;
import com.humanscrm.application.apikey.ApiKeyCredential;
import com.humanscrm.application.apikey.ApiKeyRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.MutableClock;
import com.humanscrm.application.testing.Refusals;
import com.humanscrm.domain.apikey.ApiKey;
import com.humanscrm.domain.apikey.ApiKeySecret;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.shared.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqApiKeyRepositoryTest {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    private static final AtomicInteger COLLEAGUES = new AtomicInteger();

    private final MutableClock clock = MutableClock.startingAt("2025-05-01T07:00:00Z");
    private final StatementLog statements = new StatementLog();
    private ApiKeyRepository apiKeys;
    private DSLContext sql;
    private Colleague owner;

    @BeforeEach
    void setUp() {
        apiKeys = database.persistence().apiKeys();
        sql = statements.dsl(database.settings());
        owner = colleague();
    }

    @Test
    void aStoredKeyComesBackWithEveryField() {
        ApiKey key = ApiKey.create(owner.id(), owner.role(), "Reporting", Role.VIEWER,
                clock.instant().plus(Duration.ofDays(30)),
                ApiKeySecret.generate(), clock);

        apiKeys.add(key);

        assertThat(apiKeys.findById(key.id())).contains(key);
    }

    @Test
    void aRevocationIsStoredAndAStaleChangeRefused() {
        ApiKey key = stored(owner);
        ApiKey revoked = key.revoke(clock);

        apiKeys.update(revoked);

        assertThat(apiKeys.findById(key.id())).contains(revoked);
        Refusals.refusal(ConflictException.class, ConflictException.CONCURRENT_MODIFICATION,
                () -> apiKeys.update(key.revoke(clock)));
    }

    @Test
    void listsNewestFirstPageByPageAndOnlyTheColleaguesKeysWhenAsked() {
        Colleague other = colleague();
        List<ApiKey> owners = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            owners.add(stored(owner));
            stored(other);
        }

        List<ApiKey> listed = new ArrayList<>();
        PageRequest request = new PageRequest(2, null, true);
        Page<ApiKey> page;
        do {
            page = apiKeys.list(owner.id(), request);
            assertThat(page.total()).isEqualTo(5);
            listed.addAll(page.items());
            request = new PageRequest(2, page.nextCursor(), true);
        } while (page.nextCursor() != null);

        assertThat(listed).containsExactlyElementsOf(owners.reversed());
        assertThat(apiKeys.list(null, PageRequest.first(200)).items())
                .hasSizeGreaterThanOrEqualTo(10)
                .isSortedAccordingTo(Comparator.comparing(ApiKey::createdAt).reversed());
    }

    @Test
    void theCredentialOfASecretIsTheKeyWithItsColleague() {
        ApiKeySecret secret = ApiKeySecret.generate();
        ApiKey key = ApiKey.create(owner.id(), owner.role(), "Importer", null, null, secret, clock);
        apiKeys.add(key);

        assertThat(apiKeys.findCredential(secret.hash())).contains(new ApiKeyCredential(key, owner));
        assertThat(apiKeys.findCredential(ApiKeySecret.generate().hash())).isEmpty();
    }

    @Test
    void aRevocationAppliesToTheVeryNextLookUpOnThisInstance() {
        ApiKeySecret secret = ApiKeySecret.generate();
        ApiKey key = ApiKey.create(owner.id(), owner.role(), "Importer", null, null, secret, clock);
        apiKeys.add(key);
        assertThat(apiKeys.findCredential(secret.hash()).orElseThrow().key().revokedAt()).isNull();

        database.persistence().unitOfWork().inTransaction(() -> {
            apiKeys.update(key.revoke(clock));
            return null;
        });

        assertThat(apiKeys.findCredential(secret.hash()).orElseThrow().key().revokedAt()).isNotNull();
    }

    @Test
    void aDeactivationOfTheColleagueAppliesToTheVeryNextLookUpOnThisInstance() {
        ApiKeySecret secret = ApiKeySecret.generate();
        apiKeys.add(ApiKey.create(owner.id(), owner.role(), "Importer", null, null, secret, clock));
        assertThat(apiKeys.findCredential(secret.hash()).orElseThrow().colleague().active()).isTrue();

        database.persistence().unitOfWork().inTransaction(() -> {
            database.persistence().colleagues()
                    .update(owner.change(new Colleague.Changes(null, null, null, null, null, false), clock));
            return null;
        });

        assertThat(apiKeys.findCredential(secret.hash()).orElseThrow().colleague().active()).isFalse();
    }

    @Test
    void aKnownSecretIsLookedUpInTheDatabaseOnceAndAnUnknownOneEveryTime() {
        ApiKeySecret secret = ApiKeySecret.generate();
        apiKeys.add(ApiKey.create(owner.id(), owner.role(), "Importer", null, null, secret, clock));
        String unknown = ApiKeySecret.generate().hash();
        DatabaseSettings settings = database.settings();
        DSLContext counted = statements.dsl(settings);
        try (LastUses<ApiKeysRecord> lastUses = JooqApiKeyRepository.lastUses(counted, Duration.ofMinutes(1));
             CredentialChanges changes = new CredentialChanges(settings.jdbcUrl(), settings.user(), settings.password(),
                     Duration.ofSeconds(1), new JooqUnitOfWork(counted), counted)) {
            changes.start();
            ApiKeyRepository repository = new JooqApiKeyRepository(counted, changes, Duration.ofMinutes(1), lastUses);
            statements.clear();

            repository.findCredential(secret.hash());
            repository.findCredential(secret.hash());
            repository.findCredential(unknown);
            repository.findCredential(unknown);

            assertThat(statements.count()).isEqualTo(3);
        }
    }

    @Test
    void aKeyAddedAfterItsSecretWasLookedUpInVainIsFound() {
        ApiKeySecret secret = ApiKeySecret.generate();
        assertThat(apiKeys.findCredential(secret.hash())).isEmpty();

        apiKeys.add(ApiKey.create(owner.id(), owner.role(), "Late", null, null, secret, clock));

        assertThat(apiKeys.findCredential(secret.hash())).isPresent();
    }

    @Test
    void aUseShowsInReadsBeforeItIsWritten() {
        ApiKey key = stored(owner);
        Instant used = clock.instant();

        apiKeys.recordUse(key.id(), used);

        assertThat(storedLastUse(key)).isNull();
        assertThat(apiKeys.findById(key.id()).orElseThrow().lastUsedAt()).isEqualTo(used);
    }

    @Test
    void usesAreWrittenWhenTheAdapterCloses() {
        ApiKey first = stored(owner);
        ApiKey second = stored(owner);
        Instant earlier = clock.instant();
        Instant later = clock.instant();

        try (PostgresPersistence instance = PostgresPersistence.connect(database.settings())) {
            instance.apiKeys().recordUse(first.id(), later);
            instance.apiKeys().recordUse(first.id(), earlier);
            instance.apiKeys().recordUse(second.id(), earlier);
        }

        assertThat(storedLastUse(first)).isEqualTo(later);
        assertThat(storedLastUse(second)).isEqualTo(earlier);
    }

    @Test
    void usesAreWrittenEveryFlushInterval() throws InterruptedException {
        ApiKey key = stored(owner);
        Instant used = clock.instant();
        DatabaseSettings settings = database.settings();
        DatabaseSettings quickly = new DatabaseSettings(settings.jdbcUrl(), settings.user(), settings.password(), 1,
                settings.credentialCacheTtl(), Duration.ofMillis(50));

        try (PostgresPersistence instance = PostgresPersistence.connect(quickly)) {
            instance.apiKeys().recordUse(key.id(), used);
            Instant deadline = Instant.now().plusSeconds(10);
            while (storedLastUse(key) == null && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            assertThat(storedLastUse(key)).isEqualTo(used);
        }
    }

    @Test
    void anOlderUseFromAnotherInstanceDoesNotMoveTheLastUseBack() {
        ApiKey key = stored(owner);
        Instant earlier = clock.instant();
        Instant later = clock.instant();

        try (PostgresPersistence one = PostgresPersistence.connect(database.settings())) {
            one.apiKeys().recordUse(key.id(), later);
        }
        try (PostgresPersistence other = PostgresPersistence.connect(database.settings())) {
            other.apiKeys().recordUse(key.id(), earlier);
        }

        assertThat(storedLastUse(key)).isEqualTo(later);
    }

    @Test
    void aChangeDoesNotOverwriteALastUseWrittenSinceTheKeyWasRead() {
        ApiKey key = stored(owner);
        Instant used = clock.instant();
        try (PostgresPersistence instance = PostgresPersistence.connect(database.settings())) {
            instance.apiKeys().recordUse(key.id(), used);
        }

        apiKeys.update(key.revoke(clock));

        assertThat(storedLastUse(key)).isEqualTo(used);
    }

    private Instant storedLastUse(ApiKey key) {
        return sql.fetchValue(API_KEYS.LAST_USED_AT, API_KEYS.ID.eq(key.id().value()));
    }

    private ApiKey stored(Colleague colleague) {
        ApiKey key = ApiKey.create(colleague.id(), colleague.role(), "Key", null, null, ApiKeySecret.generate(), clock);
        apiKeys.add(key);
        return key;
    }

    private Colleague colleague() {
        Colleague colleague = Colleague.create("owner" + COLLEAGUES.incrementAndGet() + "@crm.example",
                "Owner", null, "Person", null, Role.ADMIN, clock);
        database.persistence().colleagues().add(colleague);
        return colleague;
    }
}

package com.humanscrm.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.apikey.ApiKeyCredential;
import com.humanscrm.application.apikey.ApiKeyRepository;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.shared.Cursor;
import com.humanscrm.application.shared.MalformedRequestException;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.Refusals;
import com.humanscrm.domain.apikey.ApiKey;
import com.humanscrm.domain.apikey.ApiKeyId;
import com.humanscrm.domain.apikey.ApiKeySecret;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ApiKeyRepository} must do. Each test's keys belong to colleagues of its own, so
 * listing one colleague's keys sees nothing else; the credential look-up must reflect every committed
 * change to a key or its colleague, whatever it caches.
 */
public abstract class ApiKeyRepositoryContract extends RepositoryContract {

    /** The repository under test. */
    protected abstract ApiKeyRepository apiKeys();

    /** Where the keys' colleagues are stored: the credential look-up joins them. */
    protected abstract ColleagueRepository colleagues();

    /**
     * Makes the uses noted by {@link ApiKeyRepository#recordUse} visible to reads. Adapters that write
     * them later, in batches, flush here; the default suits those that write at once.
     */
    protected void flushRecordedUses() {
    }

    @Test
    public void aStoredKeyReadsBackWithEveryField() {
        Colleague owner = addColleague(Role.MANAGER);
        ApiKey key = ApiKey.create(owner.id(), owner.role(), "CI " + token, Role.AGENT, clock.instant().plus(Duration.ofDays(30)),
                ApiKeySecret.generate(), clock);

        add(key);

        assertThat(apiKeys().findById(key.id())).contains(key);
        assertThat(apiKeys().findById(new ApiKeyId(Ids.newId(clock)))).isEmpty();
    }

    @Test
    public void aKeyHeldForAChangeReadsBackAsStored() {
        ApiKey key = add(aKey(addColleague(Role.AGENT)));

        assertThat(inTransaction(() -> apiKeys().findForChange(key.id()))).contains(key);
        assertThat(inTransaction(() -> apiKeys().findForChange(new ApiKeyId(Ids.newId(clock))))).isEmpty();
    }

    @Test
    public void aRevocationIsStored() {
        ApiKey key = add(aKey(addColleague(Role.AGENT)));
        ApiKey revoked = key.revoke(clock);

        update(revoked);

        assertThat(apiKeys().findById(key.id())).contains(revoked);
    }

    @Test
    public void aChangeFromAStaleVersionIsAConcurrentModification() {
        ApiKey key = add(aKey(addColleague(Role.AGENT)));
        ApiKey revoked = update(key.revoke(clock));
        ApiKey stale = key.revoke(clock);

        Refusals.refusal(ConflictException.class, ConflictException.CONCURRENT_MODIFICATION, () -> update(stale));
        assertThat(apiKeys().findById(key.id())).contains(revoked);
    }

    @Test
    public void aColleaguesKeysComeNewestFirstAcrossPages() {
        Colleague owner = addColleague(Role.AGENT);
        ApiKey first = add(aKey(owner));
        ApiKey second = add(aKey(owner));
        ApiKey third = add(aKey(owner));
        add(aKey(addColleague(Role.AGENT)));

        assertThat(Pages.all(2, page -> apiKeys().list(owner.id(), page))).containsExactly(third, second, first);
    }

    @Test
    public void withoutAColleagueEveryKeyIsListedNewestFirst() {
        ApiKey older = add(aKey(addColleague(Role.AGENT)));
        ApiKey newer = add(aKey(addColleague(Role.VIEWER)));

        List<ApiKey> all = Pages.all(PageRequest.MAX_LIMIT, page -> apiKeys().list(null, page));

        assertThat(all).doesNotHaveDuplicates();
        assertThat(all).filteredOn(key -> key.name().contains(token)).containsExactly(newer, older);
    }

    @Test
    public void theTotalCountsTheColleaguesKeysOnlyWhenAskedFor() {
        Colleague owner = addColleague(Role.AGENT);
        add(aKey(owner));
        add(aKey(owner));

        assertThat(apiKeys().list(owner.id(), new PageRequest(1, null, true)).total()).isEqualTo(2L);
        assertThat(apiKeys().list(owner.id(), PageRequest.first(1)).total()).isNull();
    }

    @Test
    public void theSecretsHashFindsTheKeyWithItsColleague() {
        Colleague owner = addColleague(Role.MANAGER);
        ApiKeySecret secret = ApiKeySecret.generate();
        ApiKey key = add(ApiKey.create(owner.id(), owner.role(), "CI " + token, null, null, secret, clock));

        assertThat(apiKeys().findCredential(secret.hash())).contains(new ApiKeyCredential(key, owner));
        assertThat(apiKeys().findCredential(ApiKeySecret.generate().hash())).isEmpty();
    }

    @Test
    public void theCredentialShowsARevocationAsSoonAsItIsStored() {
        // Asked on every request, so likely cached: a revoked key must stop working on its very next use.
        ApiKeySecret secret = ApiKeySecret.generate();
        ApiKey key = add(ApiKey.create(addColleague(Role.AGENT).id(), Role.AGENT, "CI " + token, null, null, secret, clock));
        apiKeys().findCredential(secret.hash());

        ApiKey revoked = update(key.revoke(clock));

        assertThat(apiKeys().findCredential(secret.hash())).map(ApiKeyCredential::key).contains(revoked);
    }

    @Test
    public void theCredentialShowsTheColleagueAsTheyAreNow() {
        // DOMAIN.md: a demotion or deactivation takes effect on the colleague's very next request.
        Colleague owner = addColleague(Role.MANAGER);
        ApiKeySecret secret = ApiKeySecret.generate();
        add(ApiKey.create(owner.id(), owner.role(), "CI " + token, null, null, secret, clock));
        apiKeys().findCredential(secret.hash());

        Colleague demoted = owner.change(new Colleague.Changes(null, null, null, null, Role.VIEWER, false), clock);
        inTransaction(() -> colleagues().update(demoted));

        assertThat(apiKeys().findCredential(secret.hash())).map(ApiKeyCredential::colleague).contains(demoted);
    }

    @Test
    public void aRecordedUseBecomesTheKeysLastUse() {
        ApiKey key = add(aKey(addColleague(Role.AGENT)));
        Instant used = clock.instant().plus(Duration.ofMinutes(1));

        apiKeys().recordUse(key.id(), used);
        flushRecordedUses();

        ApiKey stored = apiKeys().findById(key.id()).orElseThrow();
        assertThat(stored.lastUsedAt()).isEqualTo(used);
        assertThat(stored.version()).as("a use is not a change: clients' versions stay valid").isEqualTo(key.version());
    }

    @Test
    public void aCursorWithAnUnreadableKeyOrOfAnotherSortIsMalformed() {
        Colleague owner = addColleague(Role.AGENT);
        for (Cursor cursor : List.of(new Cursor("-createdAt", "not a time", Ids.newId(clock)),
                new Cursor("createdAt", clock.instant().toString(), Ids.newId(clock)))) {
            Refusals.refusal(MalformedRequestException.class, "MALFORMED_REQUEST",
                    () -> apiKeys().list(owner.id(), new PageRequest(10, cursor, false)));
        }
    }

    private Colleague addColleague(Role role) {
        Colleague colleague = Colleague.create(uniqueEmail(letters(5)), "Key", null, "Owner", null, role, clock);
        inTransaction(() -> colleagues().add(colleague));
        return colleague;
    }

    private ApiKey aKey(Colleague owner) {
        return ApiKey.create(owner.id(), owner.role(), "Key " + token + " " + letters(4), null, null, ApiKeySecret.generate(), clock);
    }

    private ApiKey add(ApiKey key) {
        inTransaction(() -> apiKeys().add(key));
        return key;
    }

    private ApiKey update(ApiKey key) {
        inTransaction(() -> apiKeys().update(key));
        return key;
    }
}

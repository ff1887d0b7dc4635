package com.humanscrm.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.idempotency.Fingerprint;
import com.humanscrm.application.idempotency.FirstResponse;
import com.humanscrm.application.idempotency.IdempotencyStore;
import com.humanscrm.application.idempotency.IdempotencyStore.Entry;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.colleague.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IdempotencyStore} must do. Keys belong to colleagues of each test's own, so the
 * tests run on a shared database too.
 */
public abstract class IdempotencyStoreContract extends RepositoryContract {

    private static final Duration KEPT = Duration.ofHours(24);

    /** The store under test. */
    protected abstract IdempotencyStore store();

    /** Where the keys' colleagues are stored: a key belongs to one. */
    protected abstract ColleagueRepository colleagues();

    @Test
    public void anUnknownKeyIsClaimedAndThenHeldInProgress() {
        ColleagueId colleague = addColleague();
        Fingerprint fingerprint = fingerprint("{\"a\":1}");

        assertThat(claim(colleague, "key-1", fingerprint)).isEmpty();

        Entry held = claim(colleague, "key-1", fingerprint("{\"a\":2}")).orElseThrow();
        assertThat(held.fingerprint()).isEqualTo(fingerprint);
        assertThat(held.inProgress()).isTrue();
    }

    @Test
    public void aCompletedKeyHoldsItsFirstResponseExactly() {
        ColleagueId colleague = addColleague();
        Fingerprint fingerprint = fingerprint("{\"firstName\":\"Ada\"}");
        claim(colleague, "key-1", fingerprint);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", "/api/humans/42");
        headers.put("ETag", "\"1\"");
        headers.put("Content-Type", "application/json");
        FirstResponse first = new FirstResponse(201, headers, "{\"data\":{\"name\":\"Ådå\"}}".getBytes(StandardCharsets.UTF_8));

        store().complete(colleague, "key-1", first);

        Entry held = claim(colleague, "key-1", fingerprint).orElseThrow();
        assertThat(held.inProgress()).isFalse();
        assertThat(held.response()).isEqualTo(first);
        assertThat(held.response().headers()).containsExactlyEntriesOf(headers);
    }

    @Test
    public void anEmptyBodyIsKeptApartFromABodyNotKept() {
        ColleagueId colleague = addColleague();
        claim(colleague, "empty", fingerprint(""));
        claim(colleague, "secret", fingerprint(""));

        store().complete(colleague, "empty", new FirstResponse(200, Map.of(), new byte[0]));
        store().complete(colleague, "secret", FirstResponse.notKept(201));

        assertThat(claim(colleague, "empty", fingerprint("")).orElseThrow().response().body()).isEmpty();
        FirstResponse notKept = claim(colleague, "secret", fingerprint("")).orElseThrow().response();
        assertThat(notKept.kept()).isFalse();
        assertThat(notKept.status()).isEqualTo(201);
    }

    @Test
    public void aReleasedKeyCanBeClaimedAgainForAnotherRequest() {
        ColleagueId colleague = addColleague();
        claim(colleague, "key-1", fingerprint("invalid"));

        store().release(colleague, "key-1");

        assertThat(claim(colleague, "key-1", fingerprint("corrected"))).isEmpty();
        assertThat(claim(colleague, "key-1", fingerprint("other")).orElseThrow().fingerprint())
                .isEqualTo(fingerprint("corrected"));
    }

    @Test
    public void aCompletedKeyIsNeitherReleasedNorCompletedAgain() {
        ColleagueId colleague = addColleague();
        claim(colleague, "key-1", fingerprint("body"));
        FirstResponse first = new FirstResponse(201, Map.of("Location", "/first"), new byte[] {1});
        store().complete(colleague, "key-1", first);

        store().release(colleague, "key-1");
        store().complete(colleague, "key-1", new FirstResponse(201, Map.of("Location", "/second"), new byte[] {2}));

        assertThat(claim(colleague, "key-1", fingerprint("body")).orElseThrow().response()).isEqualTo(first);
    }

    @Test
    public void completingOrReleasingAnUnknownKeyDoesNothing() {
        ColleagueId colleague = addColleague();

        store().complete(colleague, "never-claimed", new FirstResponse(201, Map.of(), new byte[0]));
        store().release(colleague, "never-claimed");

        assertThat(claim(colleague, "never-claimed", fingerprint("body"))).isEmpty();
    }

    @Test
    public void keysBelongToTheirColleague() {
        ColleagueId one = addColleague();
        ColleagueId other = addColleague();
        claim(one, "shared-key", fingerprint("one"));

        assertThat(claim(other, "shared-key", fingerprint("other"))).isEmpty();
        assertThat(claim(one, "shared-key", fingerprint("x")).orElseThrow().fingerprint()).isEqualTo(fingerprint("one"));
        assertThat(claim(other, "shared-key", fingerprint("x")).orElseThrow().fingerprint()).isEqualTo(fingerprint("other"));
    }

    @Test
    public void anExpiredEntryCountsAsUnknownAndIsReplaced() {
        ColleagueId colleague = addColleague();
        Instant first = clock.instant();
        store().claim(colleague, "key-1", fingerprint("old"), first, first.minus(KEPT));
        store().complete(colleague, "key-1", new FirstResponse(201, Map.of(), new byte[] {1}));
        Instant later = first.plus(KEPT).plusSeconds(1);

        assertThat(store().claim(colleague, "key-1", fingerprint("new"), later, later.minus(KEPT))).isEmpty();

        Entry held = store().claim(colleague, "key-1", fingerprint("x"), later, later.minus(KEPT)).orElseThrow();
        assertThat(held.fingerprint()).isEqualTo(fingerprint("new"));
        assertThat(held.inProgress()).isTrue();
        assertThat(held.createdAt()).isEqualTo(later);
    }

    @Test
    public void ofConcurrentClaimsOfOneKeyExactlyOneWins() throws Exception {
        ColleagueId colleague = addColleague();
        int claimants = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<Entry>>> claims = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(claimants)) {
            for (int i = 0; i < claimants; i++) {
                Callable<Optional<Entry>> claim = () -> {
                    start.await();
                    return claim(colleague, "raced", fingerprint("body"));
                };
                claims.add(threads.submit(claim));
            }
            start.countDown();
            int won = 0;
            for (Future<Optional<Entry>> claim : claims) {
                won += claim.get().isEmpty() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        }
    }

    private Optional<Entry> claim(ColleagueId colleague, String key, Fingerprint fingerprint) {
        Instant now = clock.instant();
        return store().claim(colleague, key, fingerprint, now, now.minus(KEPT));
    }

    private static Fingerprint fingerprint(String body) {
        return Fingerprint.of("POST", "/api/humans", body.getBytes(StandardCharsets.UTF_8));
    }

    private ColleagueId addColleague() {
        Colleague colleague = Colleague.create(uniqueEmail(letters(5)), "Key", null, "Owner", null, Role.AGENT, clock);
        inTransaction(() -> colleagues().add(colleague));
        return colleague.id();
    }
}

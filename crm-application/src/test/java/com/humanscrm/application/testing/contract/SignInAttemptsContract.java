package com.humanscrm.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.signin.SignInAttempt;
import com.humanscrm.application.signin.SignInAttempts;
import com.humanscrm.domain.shared.Secrets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SignInAttempts} must do. Attempts are taken outside units of work, as the sign-in
 * does, so that a taken state stays taken whatever happens after.
 */
public abstract class SignInAttemptsContract extends RepositoryContract {

    private static final int RACERS = 4;

    /** The store under test. */
    protected abstract SignInAttempts signInAttempts();

    @Test
    public void anAttemptIsTakenWithEveryFieldAndOnlyOnce() {
        SignInAttempt attempt = add(anAttempt("https://app.example.test/humans?page=2"));

        assertThat(signInAttempts().take(attempt.stateHash(), clock.instant())).contains(attempt);
        assertThat(signInAttempts().take(attempt.stateHash(), clock.instant())).as("taken again").isEmpty();
    }

    @Test
    public void anAttemptWithoutReturnAddressIsTaken() {
        SignInAttempt attempt = add(anAttempt(null));

        assertThat(signInAttempts().take(attempt.stateHash(), clock.instant())).contains(attempt);
    }

    @Test
    public void anUnknownStateTakesNothing() {
        add(anAttempt(null));

        assertThat(signInAttempts().take(Secrets.sha256Hex(Secrets.generate("st_")), clock.instant())).isEmpty();
    }

    @Test
    public void anAttemptIsTakenUntilTheMomentItExpiresAndNeverAfter() {
        SignInAttempt attempt = add(anAttempt(null));
        SignInAttempt other = add(anAttempt(null));

        assertThat(signInAttempts().take(attempt.stateHash(), attempt.expiresAt())).isEmpty();
        assertThat(signInAttempts().take(attempt.stateHash(), attempt.expiresAt().plus(Duration.ofHours(1)))).isEmpty();
        assertThat(signInAttempts().take(other.stateHash(), other.expiresAt().minusMillis(1))).contains(other);
    }

    @Test
    public void ofCallbacksRacingWithOneStateExactlyOneTakesTheAttempt() throws Exception {
        SignInAttempt attempt = add(anAttempt(null));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService callbacks = Executors.newFixedThreadPool(RACERS);
        try {
            List<Future<Optional<SignInAttempt>>> results = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                Callable<Optional<SignInAttempt>> take = () -> {
                    start.await();
                    return signInAttempts().take(attempt.stateHash(), clock.instant());
                };
                results.add(callbacks.submit(take));
            }
            start.countDown();

            List<SignInAttempt> taken = new ArrayList<>();
            for (Future<Optional<SignInAttempt>> result : results) {
                result.get().ifPresent(taken::add);
            }
            assertThat(taken).containsExactly(attempt);
        } finally {
            callbacks.shutdownNow();
        }
    }

    private SignInAttempt anAttempt(String returnTo) {
        return new SignInAttempt(Secrets.sha256Hex(Secrets.generate("st_")), Secrets.generate(""), Secrets.generate(""),
                returnTo, clock.instant().plus(SignInAttempt.LIFETIME));
    }

    private SignInAttempt add(SignInAttempt attempt) {
        signInAttempts().add(attempt);
        return attempt;
    }
}

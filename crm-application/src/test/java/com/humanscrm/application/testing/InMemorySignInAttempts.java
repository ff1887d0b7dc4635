package com.humanscrm.application.testing;

import com.humanscrm.application.signin.SignInAttempt;
import com.humanscrm.application.signin.SignInAttempts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sign-in attempts in a map: taken at most once, and never once expired. */
public final class InMemorySignInAttempts implements SignInAttempts {

    private final Map<String, SignInAttempt> attempts = new ConcurrentHashMap<>();

    @Override
    public void add(SignInAttempt attempt) {
        if (attempts.putIfAbsent(attempt.stateHash(), attempt) != null) {
            throw new IllegalStateException("An attempt with this state hash exists already");
        }
    }

    @Override
    public Optional<SignInAttempt> take(String stateHash, Instant now) {
        SignInAttempt[] taken = new SignInAttempt[1];
        // Atomic, as the database's DELETE … RETURNING: of two callers with one state, one gets it.
        attempts.computeIfPresent(stateHash, (key, attempt) -> {
            if (!now.isBefore(attempt.expiresAt())) {
                return attempt;
            }
            taken[0] = attempt;
            return null;
        });
        return Optional.ofNullable(taken[0]);
    }

    /** The attempts not yet taken, expired ones included (the database keeps them until a purge). */
    public List<SignInAttempt> all() {
        return List.copyOf(attempts.values());
    }
}

package com.humanscrm.application.signin;

import java.time.Instant;
import java.util.Optional;

/** Sign-ins under way, shared by every instance of the server. */
public interface SignInAttempts {

    void add(SignInAttempt attempt);

    /**
     * Removes and returns the attempt with this state hash, if it has not expired at {@code now}:
     * of two callbacks with the same state, at most one gets it.
     */
    Optional<SignInAttempt> take(String stateHash, Instant now);
}

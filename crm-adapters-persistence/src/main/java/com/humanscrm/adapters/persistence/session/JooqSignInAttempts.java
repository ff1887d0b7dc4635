package com.humanscrm.adapters.persistence.session;

import static com.humanscrm.adapters.persistence.jooq.Tables.SIGN_IN_ATTEMPTS;

import com.humanscrm.adapters.persistence.jooq.tables.records.SignInAttemptsRecord;
import com.humanscrm.adapters.persistence.shared.Conflicts;
import com.humanscrm.application.signin.SignInAttempt;
import com.humanscrm.application.signin.SignInAttempts;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Sign-ins under way, in PostgreSQL so the callback may reach any instance. Taking one is a single
 * {@code delete … returning}: of two callbacks racing with the same state, the row lock lets one
 * delete it and the other find nothing.
 */
public final class JooqSignInAttempts implements SignInAttempts {

    private final DSLContext dsl;

    public JooqSignInAttempts(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(SignInAttempt attempt) {
        Conflicts.refuseDuplicate(() -> dsl.insertInto(SIGN_IN_ATTEMPTS).set(row(attempt)).execute(),
                constraint -> "A sign-in with the same state is under way already");
    }

    @Override
    public Optional<SignInAttempt> take(String stateHash, Instant now) {
        // An expired attempt stays for the purge: it is refused either way.
        return dsl.deleteFrom(SIGN_IN_ATTEMPTS)
                .where(SIGN_IN_ATTEMPTS.STATE_HASH.eq(stateHash), SIGN_IN_ATTEMPTS.EXPIRES_AT.gt(now))
                .returning()
                .fetchOptional()
                .map(JooqSignInAttempts::attempt);
    }

    /** Deletes the attempts expired at {@code now}; returns how many. */
    int purgeExpired(Instant now) {
        return dsl.deleteFrom(SIGN_IN_ATTEMPTS).where(SIGN_IN_ATTEMPTS.EXPIRES_AT.le(now)).execute();
    }

    private static SignInAttempt attempt(SignInAttemptsRecord row) {
        return new SignInAttempt(row.getStateHash(), row.getNonce(), row.getCodeVerifier(), row.getReturnTo(),
                row.getExpiresAt());
    }

    private static SignInAttemptsRecord row(SignInAttempt attempt) {
        return new SignInAttemptsRecord(attempt.stateHash(), attempt.nonce(), attempt.codeVerifier(), attempt.returnTo(),
                attempt.expiresAt());
    }
}

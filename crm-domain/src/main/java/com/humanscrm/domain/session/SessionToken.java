package com.humanscrm.domain.session;

import com.humanscrm.domain.shared.Secrets;

import java.util.Objects;

/** What a browser presents (in the session cookie) to prove its session; only the hash is stored. */
public record SessionToken(String value) {

    private static final String MARKER = "crms_";

    public SessionToken {
        Objects.requireNonNull(value, "value");
    }

    public static SessionToken generate() {
        return new SessionToken(Secrets.generate(MARKER));
    }

    public String hash() {
        return Secrets.sha256Hex(value);
    }

    @Override
    public String toString() {
        return "SessionToken[…]";
    }
}

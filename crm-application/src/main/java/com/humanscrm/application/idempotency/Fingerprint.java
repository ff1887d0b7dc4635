package com.humanscrm.application.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/** What identifies a request under an idempotency key: the SHA-256 of its method, path and body, in hex. */
public record Fingerprint(String sha256) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public Fingerprint {
        Objects.requireNonNull(sha256, "sha256");
        if (!HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 in lower-case hex: " + sha256);
        }
    }

    public static Fingerprint of(String method, String path, byte[] body) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
        // A line break cannot occur in a method or a path, so no two requests run together alike.
        digest.update((method + "\n" + path + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(body);
        return new Fingerprint(HexFormat.of().formatHex(digest.digest()));
    }
}

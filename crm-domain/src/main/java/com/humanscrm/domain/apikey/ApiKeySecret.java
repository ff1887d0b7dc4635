package com.humanscrm.domain.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of an API key, shown once at creation. 32 random bytes are enough entropy that a fast
 * hash (SHA-256) is safe to store, and fast enough to compute on every request.
 */
public record ApiKeySecret(String value) {

    private static final String MARKER = "crm_";
    private static final SecureRandom RANDOM = new SecureRandom();

    public static ApiKeySecret generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new ApiKeySecret(MARKER + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String hash() {
        return hashOf(value);
    }

    /** Enough of the secret to recognise a key in a list, far too little to guess the rest. */
    public String prefix() {
        return value.substring(0, Math.min(value.length(), MARKER.length() + 6));
    }

    public static String hashOf(String presented) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(presented.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ApiKeySecret[" + prefix() + "…]";
    }
}

package com.humanscrm.domain.apikey;

import com.humanscrm.domain.shared.Secrets;

/** The secret of an API key, shown once at creation; only its hash is stored ({@link Secrets}). */
public record ApiKeySecret(String value) {

    private static final String MARKER = "crm_";

    public static ApiKeySecret generate() {
        return new ApiKeySecret(Secrets.generate(MARKER));
    }

    public String hash() {
        return hashOf(value);
    }

    /** Enough of the secret to recognise a key in a list, far too little to guess the rest. */
    public String prefix() {
        return value.substring(0, Math.min(value.length(), MARKER.length() + 6));
    }

    public static String hashOf(String presented) {
        return Secrets.sha256Hex(presented);
    }

    @Override
    public String toString() {
        return "ApiKeySecret[" + prefix() + "…]";
    }
}

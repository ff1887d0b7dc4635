package com.humanscrm.adapters.http.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/** Bytes a client sent, read as UTF-8 the one strict way: a byte sequence that is not UTF-8 is never replaced. */
public final class Utf8 {

    private Utf8() {
    }

    /** These bytes as UTF-8, or {@code null} if they are not UTF-8 (an encoded surrogate is not). */
    public static String orNull(byte[] bytes) {
        try {
            // A fresh decoder reports malformed and unmappable input; String's constructor would replace it.
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

package com.humanscrm.application.testing;

import com.humanscrm.application.document.ContentTypeDetector;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A few file signatures, enough for use-case and HTTP tests to tell a PDF, a PNG, an HTML page, a
 * Windows executable and plain text apart. The server uses a real detection library.
 */
public final class MagicNumberDetector implements ContentTypeDetector {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Override
    public int bytesNeeded() {
        return 512;
    }

    @Override
    public String detect(byte[] head, String filename) {
        if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (startsWith(head, PNG)) {
            return "image/png";
        }
        if (startsWith(head, "MZ".getBytes(StandardCharsets.US_ASCII))) {
            return "application/x-msdownload";
        }
        String text = asText(head);
        if (text == null) {
            return "application/octet-stream";
        }
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") ? "text/html" : "text/plain";
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }

    /** The bytes as UTF-8 text without control characters other than white space, or {@code null}. */
    private static String asText(byte[] head) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(head)).toString();
            return text.chars().allMatch(c -> c >= 0x20 || c == '\t' || c == '\n' || c == '\r') ? text : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

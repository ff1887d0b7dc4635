package com.humanscrm.adapters.http.document;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * How a browser is told to handle a document's bytes. {@code inline} only for the few types it renders
 * without running anything of the file's (PDF, raster images, plain text); everything else (HTML, SVG,
 * scripts, executables, anything unknown) is an {@code attachment}, so an uploaded page cannot run in
 * the API's origin even if a browser opened it. The name follows RFC 6266: an ASCII fallback for old
 * clients, and the exact name in {@code filename*} (RFC 8187, UTF-8, percent-encoded).
 */
final class ContentDisposition {

    static final Set<String> INLINE_TYPES = Set.of(
            "application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", "text/plain");

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ContentDisposition() {
    }

    static String of(String contentType, String filename) {
        String disposition = INLINE_TYPES.contains(contentType) ? "inline" : "attachment";
        return disposition + "; filename=\"" + asciiFallback(filename) + "\"; filename*=UTF-8''" + percentEncoded(filename);
    }

    /**
     * The name in printable ASCII, safe inside a quoted string: anything else, and the characters some
     * clients treat specially there ({@code "}, {@code \}, {@code %}), becomes {@code _}.
     */
    static String asciiFallback(String filename) {
        StringBuilder ascii = new StringBuilder(filename.length());
        filename.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? (char) c : '_'));
        return ascii.toString();
    }

    /** RFC 8187's {@code value-chars}: attr-chars as they are, every other UTF-8 byte as {@code %XX}. */
    static String percentEncoded(String filename) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHARS.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return encoded.toString();
    }
}

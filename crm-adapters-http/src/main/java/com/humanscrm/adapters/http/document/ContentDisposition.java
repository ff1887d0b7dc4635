package com.humanscrm.adapters.http.document;

import com.humanscrm.adapters.http.shared.Utf8;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a browser is told to handle a document's bytes. {@code inline} only for the few types it renders
 * without running anything of the file's (PDF, raster images, plain text); everything else (HTML, SVG,
 * scripts, executables, anything unknown) is an {@code attachment}, so an uploaded page cannot run in
 * the API's origin even if a browser opened it. The name follows RFC 6266: an ASCII fallback for old
 * clients, and the exact name in {@code filename*} (RFC 8187, UTF-8, percent-encoded). The one place
 * that writes the header for a download also reads it for an upload, so the two cannot drift apart.
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

    /**
     * The file name a {@code Content-Disposition} gives, or null if it gives none: {@code filename*}
     * (RFC 8187, in UTF-8) when there is one, else {@code filename}, a token or a quoted string of UTF-8
     * bytes. The header comes as ISO-8859-1, each character one byte as sent. What cannot be decoded
     * exactly is refused, never patched up; the rest (last path segment, length) is the domain's.
     *
     * @throws IllegalArgumentException saying what a client should send instead
     */
    static String fileName(String disposition) {
        Map<String, String> parameters = parameters(disposition == null ? "" : disposition);
        String extended = parameters.get("filename*");
        if (extended != null) {
            return extendedValue(extended);
        }
        String plain = parameters.get("filename");
        return plain == null ? null : utf8FileName(plain.getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * The parameters after a header's first value ({@code form-data; name="file"; filename="a.pdf"}), by
     * lower-cased name. A quoted value loses its quotes, and a backslash before a quote or a backslash (as
     * curl sends them); any other backslash stays, as old browsers sent Windows paths unescaped.
     */
    private static Map<String, String> parameters(String header) {
        Map<String, String> parameters = new HashMap<>();
        int length = header.length();
        int at = header.indexOf(';');
        while (at >= 0 && at < length) {
            int nameEnd = at + 1;
            while (nameEnd < length && header.charAt(nameEnd) != '=' && header.charAt(nameEnd) != ';') {
                nameEnd++;
            }
            String name = header.substring(at + 1, nameEnd).strip().toLowerCase(Locale.ROOT);
            at = nameEnd;
            if (at == length || header.charAt(at) == ';') {
                continue; // a name without a value, or an empty parameter: nothing to read
            }
            at = skipBlanks(header, at + 1);
            String value;
            if (at < length && header.charAt(at) == '"') {
                StringBuilder quoted = new StringBuilder();
                at = skipBlanks(header, quoted(header, at + 1, quoted));
                if (at < length && header.charAt(at) != ';') {
                    throw unreadable();
                }
                value = quoted.toString();
            } else {
                int end = header.indexOf(';', at);
                end = end < 0 ? length : end;
                value = header.substring(at, end).stripTrailing();
                at = end;
            }
            if (parameters.put(name, value) != null) {
                throw unreadable(); // a parameter given twice (two file names, say): which was meant?
            }
        }
        return parameters;
    }

    private static int skipBlanks(String header, int at) {
        while (at < header.length() && (header.charAt(at) == ' ' || header.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    /** Reads a quoted string's content from {@code start} (just past its opening quote), returning where it ended. */
    private static int quoted(String header, int start, StringBuilder value) {
        for (int at = start; at < header.length(); at++) {
            char c = header.charAt(at);
            if (c == '"') {
                return at + 1;
            }
            if (c == '\\' && at + 1 < header.length() && (header.charAt(at + 1) == '"' || header.charAt(at + 1) == '\\')) {
                c = header.charAt(++at);
            }
            value.append(c);
        }
        throw unreadable(); // no closing quote
    }

    /** An RFC 8187 value, {@code UTF-8'language'percent-encoded}: UTF-8 is the only charset taken. */
    private static String extendedValue(String value) {
        int charsetEnd = value.indexOf('\'');
        int languageEnd = charsetEnd < 0 ? -1 : value.indexOf('\'', charsetEnd + 1);
        if (languageEnd < 0 || !value.substring(0, charsetEnd).equalsIgnoreCase("UTF-8")) {
            throw new IllegalArgumentException("file name must be UTF-8: filename*=UTF-8''<percent-encoded name>");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int at = languageEnd + 1; at < value.length(); at++) {
            char c = value.charAt(at);
            if (c != '%') {
                bytes.write(c); // one byte: the header was read as ISO-8859-1
            } else if (at + 2 < value.length() && HexFormat.isHexDigit(value.charAt(at + 1))
                    && HexFormat.isHexDigit(value.charAt(at + 2))) {
                bytes.write(HexFormat.fromHexDigits(value, at + 1, at + 3));
                at += 2;
            } else {
                throw new IllegalArgumentException("file name must be percent-encoded UTF-8 in filename*");
            }
        }
        return utf8FileName(bytes.toByteArray());
    }

    private static String utf8FileName(byte[] bytes) {
        String name = Utf8.orNull(bytes);
        if (name == null) {
            throw new IllegalArgumentException("file name must be UTF-8");
        }
        return name;
    }

    private static IllegalArgumentException unreadable() {
        return new IllegalArgumentException(
                "must have a Content-Disposition that can be read: form-data; name=\"file\"; filename=\"…\"");
    }
}

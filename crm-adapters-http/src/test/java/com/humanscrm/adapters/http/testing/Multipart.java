package com.humanscrm.adapters.http.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body built by hand, part by part in the order given, as a browser or
 * {@code curl -F} would send it. A file's name goes as UTF-8 in {@code filename}, or, when it holds a
 * quote, backslash or line break, RFC 8187-encoded in {@code filename*}.
 */
public final class Multipart {

    private final String boundary = "crm-test-" + UUID.randomUUID();
    private final ByteArrayOutputStream parts = new ByteArrayOutputStream();

    public Multipart field(String name, String value) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        return this;
    }

    /** The usual upload form: the record, then the file. */
    public static Multipart upload(String entityType, String entityId, String filename, byte[] content) {
        return new Multipart().field("entityType", entityType).field("entityId", entityId).file(filename, content);
    }

    public Multipart file(String filename, byte[] content) {
        return file("file", filename, content);
    }

    public Multipart file(String name, String filename, byte[] content) {
        fileHeader(name, filename);
        parts.writeBytes(content);
        write("\r\n");
        return this;
    }

    /** A part's headers without its content or end: for a file whose bytes are streamed after {@link #bytes()}. */
    public Multipart fileHeader(String name, String filename) {
        String disposition = filename.matches("[^\"\\\\\r\n]*") ? "filename=\"" + filename + "\""
                : "filename*=UTF-8''" + percentEncoded(filename);
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; " + disposition
                + "\r\nContent-Type: application/octet-stream\r\n\r\n");
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The parts so far, without the closing boundary. */
    public byte[] bytes() {
        return parts.toByteArray();
    }

    /** What closes a file part and the form. */
    public byte[] end() {
        return ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The whole form, closed. */
    public byte[] body() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(bytes());
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** The parts so far, then {@code content} as the file's bytes, then the end: for files too big to hold. */
    public InputStream streamed(InputStream content) {
        return new SequenceInputStream(new ByteArrayInputStream(bytes()),
                new SequenceInputStream(content, new ByteArrayInputStream(end())));
    }

    private void write(String text) {
        parts.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String percentEncoded(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            encoded.append(Character.isLetterOrDigit(c) && c < 0x80 || c == '.' || c == '-' || c == '_'
                    ? String.valueOf((char) c) : String.format("%%%02X", c));
        }
        return encoded.toString();
    }
}

package com.humanscrm.bootstrap.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** A document upload form, well made or broken in one of the ways a hand-written client breaks one. */
record Form(String contentType, byte[] body, String description) {

    private static final String BOUNDARY = "fuzz-boundary";
    private static final byte[] NOT_UTF8 = {(byte) 0xC3, (byte) 0x28};

    static Form upload(String human, Random random) {
        return new Form("multipart/form-data; boundary=" + BOUNDARY, new Parts()
                .field("entityType", "human").field("entityId", human)
                .file("file", "notes-" + random.nextInt(1000) + ".txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8))
                .close(), "plausible");
    }

    static Form hostile(String human, Random random) {
        List<String> kinds = List.of("file first", "no file", "unknown kind", "bad id", "nested", "no disposition",
                "bad file name", "long file name", "field twice", "after the file", "long field", "no end", "other boundary",
                "quoted boundary", "empty name", "binary field");
        String kind = kinds.get(random.nextInt(kinds.size()));
        String type = "multipart/form-data; boundary=" + BOUNDARY;
        byte[] pdf = "%PDF-1.4\n%fuzz\n".getBytes(StandardCharsets.US_ASCII);
        Parts parts = new Parts();
        byte[] body = switch (kind) {
            case "file first" -> parts.file("file", "a.pdf", "application/pdf", pdf).field("entityType", "human").field("entityId", human).close();
            case "no file" -> parts.field("entityType", "human").field("entityId", human).close();
            case "unknown kind" -> parts.field("entityType", "planet").field("entityId", human).file("file", "a.pdf", null, pdf).close();
            case "bad id" -> parts.field("entityType", "human").field("entityId", "1-2-3-4-5").file("file", "a.pdf", null, pdf).close();
            case "nested" -> parts.field("entityType", "human").field("entityId", human).file("file", "a.txt", "multipart/mixed", pdf).close();
            case "no disposition" -> parts.raw("--" + BOUNDARY + "\r\nContent-Type: text/plain\r\n\r\nhuman\r\n").field("entityId", human)
                    .file("file", "a.pdf", null, pdf).close();
            case "bad file name" -> parts.field("entityType", "human").field("entityId", human)
                    .raw("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                    .bytes(NOT_UTF8).raw("\"\r\n\r\nx\r\n").close();
            case "long file name" -> parts.field("entityType", "human").field("entityId", human).file("file", "a".repeat(5_000), null, pdf).close();
            case "field twice" -> parts.field("entityType", "human").field("entityType", "human").field("entityId", human)
                    .file("file", "a.pdf", null, pdf).close();
            case "after the file" -> parts.field("entityType", "human").field("entityId", human).file("file", "a.pdf", null, pdf)
                    .field("colour", "red").close();
            case "long field" -> parts.field("entityType", "h".repeat(100_000)).field("entityId", human).file("file", "a.pdf", null, pdf).close();
            case "no end" -> parts.field("entityType", "human").field("entityId", human).raw("--" + BOUNDARY
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF").bytes();
            case "other boundary" -> {
                type = "multipart/form-data; boundary=another";
                yield parts.field("entityType", "human").field("entityId", human).file("file", "a.pdf", null, pdf).close();
            }
            case "quoted boundary" -> {
                type = "multipart/form-data; boundary=\"" + BOUNDARY + "\"; charset=bogus";
                yield parts.field("entityType", "human").field("entityId", human).file("file", "a.pdf", null, pdf).close();
            }
            case "empty name" -> parts.raw("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"\"\r\n\r\nx\r\n").close();
            default -> parts.field("entityType", "human").raw("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"entityId\"\r\n\r\n")
                    .bytes(new byte[] {0, (byte) 0xFF, (byte) 0xFE}).raw("\r\n").file("file", "a.pdf", null, pdf).close();
        };
        return new Form(type, body, kind);
    }

    /** The parts of a form as bytes, in the order written. */
    private static final class Parts {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Parts field(String name, String value) {
            return raw("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        }

        Parts file(String name, String filename, String contentType, byte[] content) {
            raw("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename + "\"\r\n"
                    + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n");
            out.writeBytes(content);
            return raw("\r\n");
        }

        Parts raw(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Parts bytes(byte[] value) {
            out.writeBytes(value);
            return this;
        }

        byte[] close() {
            return raw("--" + BOUNDARY + "--\r\n").bytes();
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}

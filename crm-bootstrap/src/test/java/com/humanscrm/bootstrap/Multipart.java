package com.humanscrm.bootstrap;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A {@code multipart/form-data} body as a browser sends one: text fields, then one file, streamed from
 * its source so a large file is never held in memory, and with its length declared.
 */
record Multipart(String contentType, HttpRequest.BodyPublisher body) {

    static Multipart of(Map<String, String> fields, String filename, String fileType, byte[] file) {
        return of(fields, filename, fileType, file.length, () -> new ByteArrayInputStream(file));
    }

    /** {@code file} is called for each (re)send and must give {@code fileLength} bytes. */
    static Multipart of(Map<String, String> fields, String filename, String fileType, long fileLength,
                        Supplier<InputStream> file) {
        String boundary = "----crm-test-" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(filename).append("\"\r\n")
                .append("Content-Type: ").append(fileType).append("\r\n\r\n");
        byte[] prefix = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] suffix = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        Supplier<InputStream> stream = () -> new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(prefix), file.get(), new ByteArrayInputStream(suffix))));
        return new Multipart("multipart/form-data; boundary=" + boundary, HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(stream), prefix.length + fileLength + suffix.length));
    }
}

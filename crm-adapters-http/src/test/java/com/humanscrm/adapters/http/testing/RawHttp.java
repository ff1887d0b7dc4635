package com.humanscrm.adapters.http.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * HTTP/1.1 written byte by byte over a socket, for what no well-behaved client sends: a bad charset,
 * bytes that are not UTF-8, a body shorter than its {@code Content-Length}, headers Jetty refuses. One
 * request per connection ({@code Connection: close} is added), the answer read until the server closes.
 */
public final class RawHttp {

    private final String host;
    private final int port;

    public RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /**
     * Sends the request line, the headers (plus {@code Host} and {@code Connection: close}), a blank line
     * and {@code body} as given; no {@code Content-Length} is added, so the caller states it (or lies).
     *
     * @param endOfInput after the body, whether to tell the server nothing more comes (a half-close)
     */
    public Answer send(String requestLine, Map<String, String> headers, byte[] body, boolean endOfInput, Duration timeout) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(Math.toIntExact(timeout.toMillis()));
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(requestLine).append("\r\n")
                    .append("Host: ").append(host).append(':').append(port).append("\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("\r\n");
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
                if (endOfInput) {
                    socket.shutdownOutput();
                }
            } catch (IOException refusedBeforeTheEnd) {
                // The server may answer, and close, before it has read all it was sent (a 413, a 431): read on.
            }
            return Answer.parse(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            throw new AssertionError(requestLine + ": no answer within " + timeout, e);
        } catch (IOException e) {
            throw new UncheckedIOException(requestLine + " failed", e);
        }
    }

    /** A complete request: {@code Content-Length} states the body's true size. */
    public Answer send(String method, String path, Map<String, String> headers, byte[] body) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (body.length > 0 || !method.equals("GET") && !method.equals("HEAD")) {
            all.putIfAbsent("Content-Length", Integer.toString(body.length));
        }
        return send(method + " " + path + " HTTP/1.1", all, body, false, Duration.ofSeconds(10));
    }

    /** What the server answered: status, headers (names in lower case) and the body as received. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** Whether the answer is an error in the API's one format. */
        public boolean isProblem() {
            String type = header("content-type");
            return type != null && type.startsWith("application/problem+json") && text().contains("\"requestId\"");
        }

        @Override
        public String toString() {
            return status + " " + headers.getOrDefault("content-type", "(no content type)") + " " + text();
        }

        static Answer parse(InputStream in) throws IOException {
            byte[] all = in.readAllBytes();
            String text = new String(all, StandardCharsets.ISO_8859_1);
            int start = 0;
            int end = text.indexOf("\r\n\r\n");
            // An interim answer (100 Continue) comes before the final one.
            while (end >= 0 && text.startsWith("HTTP/1.1 1", start)) {
                start = end + 4;
                end = text.indexOf("\r\n\r\n", start);
            }
            if (end < 0) {
                throw new IOException("No complete answer: " + text);
            }
            String[] lines = text.substring(start, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
            byte[] rest = Arrays.copyOfRange(all, end + 4, all.length);
            byte[] body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? unchunk(rest) : rest;
            // A HEAD answer declares the encoding of a body it does not send.
            boolean gzipped = "gzip".equalsIgnoreCase(headers.get("content-encoding")) && body.length > 0;
            return new Answer(status, headers, gzipped ? gunzip(body) : body);
        }

        private static byte[] gunzip(byte[] compressed) throws IOException {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
                return in.readAllBytes();
            }
        }

        private static byte[] unchunk(byte[] chunked) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int at = 0;
            while (at < chunked.length) {
                int lineEnd = indexOfCrLf(chunked, at);
                int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
                if (size == 0) {
                    break;
                }
                body.write(chunked, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
            return body.toByteArray();
        }

        private static int indexOfCrLf(byte[] bytes, int from) {
            for (int i = from; i < bytes.length - 1; i++) {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                    return i;
                }
            }
            return bytes.length;
        }
    }
}

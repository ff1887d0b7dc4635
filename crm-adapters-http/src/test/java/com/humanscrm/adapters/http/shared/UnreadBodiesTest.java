package com.humanscrm.adapters.http.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.http.HttpSettings;
import com.humanscrm.adapters.http.testing.InMemoryApi;
import com.humanscrm.adapters.http.testing.RawHttp;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class UnreadBodiesTest {

    @AutoClose
    private final InMemoryApi api = new InMemoryApi();

    @Test
    void aGetWhoseBodyArrivesAfterItsHeadersStillGetsItsWholeLargeAnswer() throws Exception {
        byte[] body = "{\"extra\": 0}".getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(HttpSettings.LOOPBACK, api.server.uri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /openapi.json HTTP/1.1\r\nHost: crm\r\nConnection: close\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            // Long enough for the server to answer before the body is there.
            Thread.sleep(300);
            out.write(body);
            out.flush();

            String answer = readAll(socket.getInputStream());

            assertThat(answer).startsWith("HTTP/1.1 200");
            // The whole document arrived: it reads as JSON to its end.
            assertThat(Json.MAPPER.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4)).path("openapi").asString())
                    .isEqualTo("3.1.0");
        }
    }

    @Test
    void aGetWhoseBodyBreaksOffIsMalformed() {
        RawHttp raw = new RawHttp(HttpSettings.LOOPBACK, api.server.uri().getPort());

        RawHttp.Answer answer = raw.send("GET /openapi.json HTTP/1.1", java.util.Map.of("Content-Length", "20"),
                "{\"extra\"".getBytes(StandardCharsets.UTF_8), true, java.time.Duration.ofSeconds(10));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
    }

    private static String readAll(InputStream in) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.ISO_8859_1);
    }
}

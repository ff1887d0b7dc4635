package com.humanscrm.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.persistence.DatabaseSettings;
import com.humanscrm.adapters.persistence.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The listener's connection, seen from the network: one that goes silent without a word is given up quickly. */
class CredentialChangesTest {

    /** A round trip every 2 s, answered within 1 s, looked at between waits of 1 s; and slack for a busy machine. */
    private static final Duration NOTICED_WITHIN = Duration.ofMillis(5_500);
    private static final Pattern HOST_AND_PORT = Pattern.compile("^jdbc:postgresql://([^/?:]+)(?::(\\d+))?(/.*)$");

    @Test
    void aConnectionThatGoesSilentIsGivenUpWithinSecondsSoCachesAreBypassed() throws Exception {
        DatabaseSettings database = TestDatabase.freshDatabase();
        Matcher url = HOST_AND_PORT.matcher(database.jdbcUrl());
        assertThat(url.matches()).as("a JDBC URL with one host: %s", database.jdbcUrl()).isTrue();
        try (SilenceableProxy proxy = new SilenceableProxy(url.group(1),
                url.group(2) == null ? 5432 : Integer.parseInt(url.group(2)));
             CredentialChanges changes = new CredentialChanges("jdbc:postgresql://127.0.0.1:" + proxy.port() + url.group(3),
                     database.user(), database.password(), Duration.ofMinutes(1), null, null)) {
            changes.start();
            assertThat(changes.listening()).isTrue();

            proxy.silence();
            long silenced = System.nanoTime();
            while (changes.listening() && System.nanoTime() - silenced < Duration.ofSeconds(30).toNanos()) {
                Thread.sleep(20);
            }

            assertThat(changes.listening()).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - silenced)).isLessThan(NOTICED_WITHIN);
        }
    }

    /** Passes bytes both ways until silenced; then swallows them, like a network that dropped the connection. */
    private static final class SilenceableProxy implements AutoCloseable {

        private final ServerSocket server;
        private final String host;
        private final int port;
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();
        private volatile boolean silent;

        SilenceableProxy(String host, int port) throws IOException {
            this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            this.host = host;
            this.port = port;
            Thread.ofVirtual().start(this::accept);
        }

        int port() {
            return server.getLocalPort();
        }

        void silence() {
            silent = true;
        }

        private void accept() {
            try {
                while (true) {
                    Socket client = server.accept();
                    Socket upstream = new Socket(host, port);
                    sockets.add(client);
                    sockets.add(upstream);
                    Thread.ofVirtual().start(() -> pump(client, upstream));
                    Thread.ofVirtual().start(() -> pump(upstream, client));
                }
            } catch (IOException closed) {
                // the proxy is closed
            }
        }

        private void pump(Socket from, Socket to) {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (!silent) {
                        out.write(buffer, 0, read);
                        out.flush();
                    }
                }
            } catch (IOException closed) {
                // either side is gone
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }
}

package rs.iom.hub.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview server as a browser — or a hostile web page — talks to it, over plain sockets so that every header is
 * as written: it answers only requests addressed to localhost (a page of another site that points its own name at
 * 127.0.0.1 gets nothing), and it lets go of the event stream of every browser that went away.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard only
class PreviewServerTest {
    @TempDir
    Path site;
    PreviewServer server;

    @BeforeEach
    void serveAFolderWithOnePage() throws IOException {
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>Draft</title><p>Secret draft</p>"
                + "</body>");
        server = new PreviewServer(site, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Sends {@code request} as it is and returns the whole response (the server closes the connection). */
    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String get(String host) throws IOException {
        return exchange("GET / HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                + "Connection: close\r\n\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:%d", "LOCALHOST:%d", "127.0.0.1", "127.0.0.1:%d", "[::1]",
            "[::1]:%d"})
    void aRequestForLocalhostGetsThePage(String host) throws IOException {
        String response = get(host.formatted(server.port()));

        assertTrue(response.startsWith("HTTP/1.1 200 "), response);
        assertTrue(response.contains("Secret draft"), response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:%d", "localhost.evil.example:%d", "127.0.0.1.nip.io:%d",
            "192.168.1.10:%d", "localhost:%d@evil.example", "[::1]x"})
    void aRequestForAnyOtherHostIsRefusedWithAShortExplanation(String host) throws IOException {
        String response = get(host.formatted(server.port()));

        assertTrue(response.startsWith("HTTP/1.1 403 "), response);
        assertFalse(response.contains("Secret draft"), response);
        assertTrue(response.contains("Forbidden: the preview answers only at http://localhost:" + server.port()
                + "/ (or 127.0.0.1)"), response);
        assertTrue(response.contains("Content-type: text/plain; charset=utf-8"), response);
    }

    @Test
    void inACodespaceTheAddressCodespacesForwardsToGetsThePageAndNoOtherName() throws IOException {
        server.close();
        server = new PreviewServer(site, 0, java.util.Map.of("CODESPACE_NAME", "fuzzy-space",
                "GITHUB_CODESPACES_PORT_FORWARDING_DOMAIN", "app.github.dev"));
        String forwarded = "fuzzy-space-" + server.port() + ".app.github.dev";

        assertTrue(get(forwarded).contains("Secret draft"), "the forwarded address");
        assertTrue(get(forwarded + ":443").contains("Secret draft"), "the forwarded address with its port");
        assertTrue(get("other-space-" + server.port() + ".app.github.dev").startsWith("HTTP/1.1 403 "),
                "another codespace's name");
        assertTrue(get("fuzzy-space-1.app.github.dev").startsWith("HTTP/1.1 403 "), "another port's name");
        assertTrue(get("localhost:" + server.port()).contains("Secret draft"), "localhost still");
    }

    @Test
    void outsideACodespaceThereIsNoForwardedName() {
        assertTrue(PreviewServer.forwardedName(java.util.Map.of(), 8820).isEmpty());
        assertTrue(PreviewServer.forwardedName(java.util.Map.of("CODESPACE_NAME", "x"), 8820).isEmpty());
    }

    @Test
    void aRequestWithoutHostIsRefused() throws IOException {
        String response = exchange("GET / HTTP/1.0\r\n\r\n");

        assertTrue(response.startsWith("HTTP/1.1 403 "), response);
        assertFalse(response.contains("Secret draft"), response);
    }

    @Test
    void theEventStreamIsRefusedToOtherHostsToo() throws IOException {
        String response = exchange("GET /__hub/events HTTP/1.1\r\nHost: evil.example:" + server.port()
                + "\r\nConnection: close\r\n\r\n");

        assertTrue(response.startsWith("HTTP/1.1 403 "), response);
        assertEquals(0, server.liveReload().clients());
    }

    /** Opens an event stream and reads up to the end of its first event ("hello"). */
    private Socket openEventStream() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.getOutputStream().write(("GET /__hub/events HTTP/1.1\r\nHost: localhost:" + server.port()
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        while (!read.toString(StandardCharsets.UTF_8).contains("event: hello\ndata: \n\n")) {
            int b = in.read();
            assertTrue(b >= 0, () -> "the stream ended early: " + read);
            read.write(b);
        }
        return socket;
    }

    @Test
    void theConnectionsOfBrowsersThatWentAwayAreClosedAndForgotten() throws IOException, InterruptedException {
        List<Socket> browsers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            browsers.add(openEventStream());
        }
        Socket stays = openEventStream();
        assertEquals(41, server.liveReload().clients());

        for (Socket browser : browsers) {
            browser.close();
        }
        // A closed connection is noticed when writing to it fails (at the latest on the second write after it
        // closed); the server writes a heartbeat every few seconds, here it is called directly.
        while (server.liveReload().clients() > 1) {
            server.liveReload().heartbeat();
            Thread.sleep(20);
        }

        assertEquals(1, server.liveReload().clients(), "the browser still there keeps its stream");
        server.liveReload().reload();
        String rest = readUntil(stays.getInputStream(), "event: reload\n");
        assertTrue(rest.contains(": ping\n\n"), "heartbeats are SSE comments, which browsers ignore: " + rest);
        stays.close();
    }

    @Test
    void closingTheServerClosesEveryEventStream() throws IOException {
        Socket browser = openEventStream();
        assertEquals(1, server.liveReload().clients());

        server.close();

        assertEquals(0, server.liveReload().clients());
        InputStream in = browser.getInputStream();
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        in.transferTo(rest); // ends: the server closed the stream
        browser.close();
    }

    private static String readUntil(InputStream in, String end) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        while (!read.toString(StandardCharsets.UTF_8).contains(end)) {
            int b = in.read();
            assertTrue(b >= 0, () -> "the stream ended before " + end + ": " + read);
            read.write(b);
        }
        return read.toString(StandardCharsets.UTF_8);
    }
}

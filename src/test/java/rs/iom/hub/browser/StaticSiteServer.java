package rs.iom.hub.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves a baked site under a path prefix the way GitHub Pages serves a project site
 * ({@code https://org.github.io/repo/}): a folder address serves its {@code index.html}, a folder without its
 * trailing slash is redirected, and a missing address gets the site's {@code 404.html} with status 404.
 */
final class StaticSiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "json", "application/json",
            "xml", "application/xml", "svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg",
            "txt", "text/plain; charset=utf-8", "yml", "application/yaml");

    private final Path root;
    private final String prefix;
    private final HttpServer server;

    /** Serves {@code root} under {@code prefix} (e.g. {@code /hub/}) on a free loopback port. */
    StaticSiteServer(Path root, String prefix) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.prefix = prefix;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 32);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The site's address: {@code http://127.0.0.1:PORT/prefix/}. */
    String url() {
        return "http://127.0.0.1:" + port() + prefix;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            if (!path.startsWith(prefix)) {
                send(exchange, 404, "text/plain", "outside the site".getBytes());
                return;
            }
            Path file = root.resolve(path.substring(prefix.length())).normalize();
            if (!file.startsWith(root)) {
                send(exchange, 404, "text/plain", new byte[0]);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", path + "/");
                    send(exchange, 301, "text/plain", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                send(exchange, 404, TYPES.get("html"), Files.readAllBytes(root.resolve("404.html")));
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            send(exchange, 200, type, Files.readAllBytes(file));
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

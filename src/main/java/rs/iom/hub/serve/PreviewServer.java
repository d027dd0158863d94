package rs.iom.hub.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * A small HTTP server for the preview, on the loopback interface only. Serves the baked site from a folder (a folder
 * address serves its {@code index.html}; a missing file serves the site's {@code 404.html} with status 404), adds the
 * live-reload script to HTML pages, and keeps the reload channel on {@code /__hub/events}.
 *
 * <p>It answers only requests addressed to {@code localhost}, {@code 127.0.0.1} or {@code [::1]} (the {@code Host}
 * header): listening on the loopback interface is not enough, because a web page on another site can make its own
 * name point to 127.0.0.1 ("DNS rebinding") and then read the preview — drafts included — as its own.
 */
public final class PreviewServer implements AutoCloseable {
    static final String SCRIPT_PATH = "/__hub/live-reload.js";
    static final String EVENTS_PATH = "/__hub/events";
    private static final byte[] SCRIPT_TAG = ("<script src=\"" + SCRIPT_PATH + "\"></script>")
            .getBytes(StandardCharsets.UTF_8);
    /** The names the preview answers to, with any port. */
    private static final Pattern LOCAL_HOST =
            Pattern.compile("(?i)(localhost|127\\.0\\.0\\.1|\\[::1\\])(:[0-9]{1,5})?");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"),
            Map.entry("woff2", "font/woff2"), Map.entry("gz", "application/gzip"));

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor;
    private final LiveReload liveReload = new LiveReload();
    private final byte[] script;
    private final Map<String, String> environment;

    /**
     * Starts serving {@code root} on {@code localhost:port} ({@code 0}: any free port).
     */
    public PreviewServer(Path root, int port) throws IOException {
        this(root, port, System.getenv());
    }

    /**
     * @param environment the process environment, where GitHub Codespaces names its forwarded address
     *                    ({@link #forwardedName})
     */
    PreviewServer(Path root, int port, Map<String, String> environment) throws IOException {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        try (InputStream in = PreviewServer.class.getResourceAsStream("live-reload.js")) {
            this.script = Objects.requireNonNull(in, "live-reload.js resource").readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        executor = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "hub-preview-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The address of the site, e.g. {@code http://localhost:8820/}. */
    public String url() {
        return "http://localhost:" + port() + "/";
    }

    /**
     * The one other name the preview answers to: in a GitHub Codespace, the address at which Codespaces forwards
     * this port to its owner's browser ({@code CODESPACE_NAME-PORT.GITHUB_CODESPACES_PORT_FORWARDING_DOMAIN}, e.g.
     * {@code fuzzy-space-8820.app.github.dev}); Codespaces passes that name on as the request's {@code Host}.
     * Codespaces lets only the codespace's owner reach it, and no other page can make it its own name, so the
     * reason for refusing other names does not apply to it. Outside a codespace: none.
     */
    static Optional<String> forwardedName(Map<String, String> environment, int port) {
        String codespace = environment.get("CODESPACE_NAME");
        String domain = environment.get("GITHUB_CODESPACES_PORT_FORWARDING_DOMAIN");
        if (codespace == null || codespace.isBlank() || domain == null || domain.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(codespace.strip() + "-" + port + "." + domain.strip());
    }

    private boolean isForwardedName(String host) {
        String name = host.endsWith(":443") ? host.substring(0, host.length() - 4) : host;
        return forwardedName(environment, port()).filter(name::equalsIgnoreCase).isPresent();
    }

    public LiveReload liveReload() {
        return liveReload;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !LOCAL_HOST.matcher(host.strip()).matches() && !isForwardedName(host.strip())) {
            try (exchange) {
                send(exchange, 403, "text/plain; charset=utf-8", ("Forbidden: the preview answers only at " + url()
                        + " (or 127.0.0.1), not at the name this request was sent to. Open " + url()
                        + " in the browser.\n").getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
        if (path.equals(EVENTS_PATH)) {
            liveReload.connect(exchange);
            return;
        }
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(SCRIPT_PATH)) {
                send(exchange, 200, TYPES.get("js"), script);
                return;
            }
            Path file = resolve(path);
            if (file == null) {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? withScript(Files.readAllBytes(notFound))
                        : "Not found".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, TYPES.get("html"), body);
                return;
            }
            if (Files.isDirectory(root.resolve(path.substring(1))) && !path.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", path + "/");
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            String type = TYPES.getOrDefault(extension(file), "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            send(exchange, 200, type, type.startsWith("text/html") ? withScript(body) : body);
        }
    }

    /** The file for a URL path, or null when there is none (or the path leaves the root). */
    private Path resolve(String path) {
        if (!path.startsWith("/")) {
            return null;
        }
        Path candidate = root.resolve(path.substring(1)).normalize();
        if (!candidate.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(candidate)) {
            candidate = candidate.resolve("index.html");
        }
        return Files.isRegularFile(candidate) ? candidate : null;
    }

    private byte[] withScript(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        int at = text.lastIndexOf("</body>");
        if (at < 0) {
            return html;
        }
        byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(at).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + SCRIPT_TAG.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(SCRIPT_TAG, 0, out, head.length, SCRIPT_TAG.length);
        System.arraycopy(tail, 0, out, head.length + SCRIPT_TAG.length, tail.length);
        return out;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        liveReload.closeAll();
        server.stop(0);
        executor.shutdownNow();
    }
}

package rs.iom.hub.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The reload channel of the preview server: browsers keep a Server-Sent Events connection open on
 * {@code /__hub/events}; after each rebuild every one of them gets {@code reload} (or {@code problems} with the
 * build's problems, shown as an overlay). A browser that connects gets {@code hello} with what the overlay shows now:
 * the errors of a failed bake, the warnings of a good one, or nothing.
 *
 * <p>A browser that goes away (a closed tab, a reload) says nothing; only a write to its connection fails. So every
 * connection also gets a comment line at regular intervals ({@linkplain #heartbeat() heartbeat}), which browsers
 * ignore: when writing it fails, the connection is closed and forgotten — otherwise each page view would keep a
 * socket open for as long as the preview runs.
 */
public final class LiveReload {
    /** How often open connections are checked. */
    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    private static final byte[] PING = ": ping\n\n".getBytes(StandardCharsets.UTF_8);

    /** One browser's open event stream. */
    private record Client(HttpExchange exchange, OutputStream out) {
    }

    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "hub-live-reload-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String currentProblems = "";

    LiveReload() {
        heartbeats.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Keeps {@code exchange} open as an event stream; returns at once. */
    void connect(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange, exchange.getResponseBody());
        clients.add(client);
        send(client, event("hello", currentProblems));
    }

    /** Tells every browser to reload. */
    public void reload() {
        reload("");
    }

    /**
     * Tells every browser to reload; the reloaded pages then show {@code overlay} ({@link ProblemOverlay}: the
     * warnings of a good bake), or nothing when it is empty.
     */
    public void reload(String overlay) {
        currentProblems = Objects.requireNonNull(overlay, "overlay");
        broadcast(event("reload", ""));
    }

    /** Shows {@code overlay} ({@link ProblemOverlay}: the problems of a failed bake) over the page in every browser. */
    public void problems(String overlay) {
        currentProblems = Objects.requireNonNull(overlay, "overlay");
        broadcast(event("problems", overlay));
    }

    /** Number of connected browsers. */
    public int clients() {
        return clients.size();
    }

    /** Writes a comment to every connection, closing those whose browser went away. */
    void heartbeat() {
        broadcast(PING);
    }

    private void broadcast(byte[] message) {
        for (Client client : clients) {
            send(client, message);
        }
    }

    private static byte[] event(String event, String data) {
        StringBuilder message = new StringBuilder("event: ").append(event).append('\n');
        for (String line : data.split("\n", -1)) {
            message.append("data: ").append(line).append('\n');
        }
        return message.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    private void send(Client client, byte[] message) {
        try {
            synchronized (client) {
                client.out().write(message);
                client.out().flush();
            }
        } catch (IOException e) {
            drop(client); // the browser went away
        }
    }

    private void drop(Client client) {
        clients.remove(client);
        try {
            client.exchange().close();
        } catch (RuntimeException ignored) {
            // the connection is gone already
        }
    }

    /** Closes every connection and stops the heartbeats. */
    void closeAll() {
        heartbeats.shutdownNow();
        for (Client client : clients) {
            drop(client);
        }
    }
}

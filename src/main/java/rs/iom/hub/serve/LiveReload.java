package rs.iom.hub.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The reload channel of the preview server: browsers keep a Server-Sent Events connection open on
 * {@code /__hub/events}; after each rebuild every one of them gets {@code reload} (or {@code problems} with the text
 * of the build problems, shown as an overlay).
 */
public final class LiveReload {
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private volatile String currentProblems = "";

    /** Keeps {@code exchange} open as an event stream; returns at once. */
    void connect(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        clients.add(out);
        send(out, "hello", currentProblems);
    }

    /** Tells every browser to reload. */
    public void reload() {
        currentProblems = "";
        broadcast("reload", "");
    }

    /** Shows {@code text} over the page in every browser. */
    public void problems(String text) {
        currentProblems = text;
        broadcast("problems", text);
    }

    /** Number of connected browsers. */
    public int clients() {
        return clients.size();
    }

    private void broadcast(String event, String data) {
        for (OutputStream out : clients) {
            send(out, event, data);
        }
    }

    private void send(OutputStream out, String event, String data) {
        StringBuilder message = new StringBuilder("event: ").append(event).append('\n');
        for (String line : data.split("\n", -1)) {
            message.append("data: ").append(line).append('\n');
        }
        message.append('\n');
        try {
            synchronized (out) {
                out.write(message.toString().getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            clients.remove(out);
            try {
                out.close();
            } catch (IOException ignored) {
                // the browser went away
            }
        }
    }

    void closeAll() {
        for (OutputStream out : clients) {
            try {
                out.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        clients.clear();
    }
}

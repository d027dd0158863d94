package rs.iom.hub.pipeline;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How long each phase of a bake took (read, plan, check, render, copy assets, …), shown by {@code hub build
 * --timings} to find where the time goes. Phases named twice add up.
 */
public final class Timings {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long started = System.nanoTime();

    /** Ends the current phase under {@code name} and starts the next. */
    public synchronized void lap(String name) {
        long now = System.nanoTime();
        nanos.merge(name, now - started, Long::sum);
        started = now;
    }

    /** Records {@code elapsed} nanoseconds under {@code name}, spent before this bake's clock started. */
    public synchronized void add(String name, long elapsed) {
        nanos.merge(name, elapsed, Long::sum);
    }

    /** Restarts the clock without recording (time spent elsewhere). */
    public synchronized void restart() {
        started = System.nanoTime();
    }

    @Override
    public synchronized String toString() {
        return nanos.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.2f s", e.getKey(), e.getValue() / 1e9))
                .collect(Collectors.joining(", "));
    }
}

package rs.iom.hub.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the site sources ({@code content/}, {@code templates/}, {@code assets/}, {@code data/} and
 * {@code jbake.properties}) and reports changed paths in batches: edits that arrive within a short quiet period
 * (an editor saving several files, or writing a file in two steps) are reported together.
 */
public final class SiteWatcher implements AutoCloseable {
    static final long QUIET_MILLIS = 60;

    private final Path site;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    /**
     * Starts watching {@code site}'s {@code folders} (its content, assets, templates and data folders) and its
     * settings; {@code onChange} gets site-relative paths of changed files.
     */
    public SiteWatcher(Path site, List<String> folders, Consumer<Set<String>> onChange) throws IOException {
        this.site = Objects.requireNonNull(site, "site").toAbsolutePath().normalize();
        Objects.requireNonNull(onChange, "onChange");
        this.service = FileSystems.getDefault().newWatchService();
        register(this.site, false);
        for (String folder : folders) {
            Path dir = this.site.resolve(folder);
            if (Files.isDirectory(dir)) {
                register(dir, true);
            }
        }
        thread = new Thread(() -> loop(onChange), "hub-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path dir, boolean recursive) throws IOException {
        if (!recursive) {
            folders.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), dir);
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (d.getFileName().toString().startsWith(".") && !d.equals(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folders.put(d.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop(Consumer<Set<String>> onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                Set<String> changed = new TreeSet<>();
                collect(key, changed);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private void collect(WatchKey key, Set<String> changed) {
        Path dir = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add("*");
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            String relative = site.relativize(path).toString().replace('\\', '/');
            boolean topLevel = dir.equals(site);
            if (topLevel && !relative.equals("jbake.properties")) {
                continue;
            }
            String name = path.getFileName().toString();
            if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp")) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    register(path, true);
                } catch (IOException e) {
                    // the folder vanished again
                }
            }
            changed.add(relative);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}

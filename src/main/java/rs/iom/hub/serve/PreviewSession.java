package rs.iom.hub.serve;

import rs.iom.hub.site.EditionContext;

import rs.iom.hub.pipeline.BuildOptions;
import rs.iom.hub.pipeline.BuildResult;
import rs.iom.hub.pipeline.BuildCache;
import rs.iom.hub.pipeline.DocumentCache;
import rs.iom.hub.content.SourceFiles;
import rs.iom.hub.layout.SiteLayout;
import rs.iom.hub.pipeline.Engine;
import rs.iom.hub.site.SiteSettings;
import rs.iom.hub.pipeline.Pipeline;
import rs.iom.hub.i18n.TextConverters;
import rs.iom.hub.problem.Problem;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code hub serve} at work: serves the baked site, watches the sources, re-bakes after every change and tells the
 * open browsers to reload — or shows them the problems while the last good site stays served.
 */
public final class PreviewSession implements AutoCloseable {
    private final Path source;
    private final Path output;
    private final SiteLayout layout;
    private final boolean drafts;
    private final PrintWriter out;
    private final PrintWriter err;
    private final DocumentCache cache = new DocumentCache();
    private final Pipeline builder;
    private final PreviewServer server;
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "hub-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private SiteWatcher watcher;
    private volatile BuildResult last;
    /** The editions of the last bake that read them: the overlay's texts. */
    private List<EditionContext> editions = List.of();
    private boolean timings;

    /** Print how long each phase of every re-bake took. */
    public void showTimings(boolean show) {
        this.timings = show;
    }

    /**
     * Starts the server on {@code port} (0: any free port) and bakes the site once, reading and rendering everything.
     */
    public PreviewSession(Path source, Path output, int port, boolean drafts, Engine engine, TextConverters converters,
                          PrintWriter out, PrintWriter err) throws IOException {
        this(source, output, port, drafts, engine, converters, null, out, err);
    }

    /**
     * Starts the server on {@code port} (0: any free port) and bakes the site once: with {@code buildCache} (null:
     * none), the first bake reads only the files changed since the last build and renders only the pages they touch
     * (a preview of a large site is ready in seconds, not minutes); the re-bakes after edits keep what they need in
     * memory.
     */
    public PreviewSession(Path source, Path output, int port, boolean drafts, Engine engine, TextConverters converters,
                          BuildCache buildCache, PrintWriter out, PrintWriter err) throws IOException {
        this.source = Objects.requireNonNull(source, "source").toAbsolutePath().normalize();
        this.output = Objects.requireNonNull(output, "output").toAbsolutePath().normalize();
        // the folders to watch, as jbake.properties names them when the preview starts
        this.layout = SourceFiles.check(this.source, SiteSettings.FILE).isPresent() ? SiteLayout.DEFAULT
                : SiteSettings.layoutOf(engine.settings(this.source), this.source);
        this.drafts = drafts;
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.builder = Pipeline.forPreview(engine, cache, converters).onNotice(notice -> {
            err.println(notice);
            err.flush();
        }).withCache(buildCache);
        this.server = new PreviewServer(this.output, port);
        try {
            last = rebuilds.submit(() -> builder.build(options())).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause());
        }
        report(last, "Baked", "Not baked");
        // what a browser opening the preview sees over the page: this bake's errors, or its warnings
        if (last.success()) {
            server.liveReload().reload(overlay(last));
        } else {
            server.liveReload().problems(overlay(last));
        }
    }

    /**
     * Starts watching the sources; every change re-bakes the site. Then, after a successful first bake, a re-bake with
     * nothing changed and a rehearsal of one after an edit: they write nothing, but ready the code of the re-bakes (the
     * JVM compiles what it has run), so that the first edit is as quick as the next; and the re-bake shows what was
     * saved while the first bake ran. They start only now, so as not to hold up the start of the preview.
     */
    public void watch() throws IOException {
        watcher = new SiteWatcher(source, layout.folders(), changed -> rebuilds.submit(() -> rebuild(changed)));
        if (last.success()) {
            rebuilds.submit(() -> builder.update(options()));
            rebuilds.submit(() -> builder.rehearse(options()));
        }
    }

    private BuildOptions options() {
        return new BuildOptions(source, output, server.url(), drafts, null, false);
    }

    /**
     * Re-bakes after {@code changed} files changed and notifies the browsers. Runs on the session's rebuild thread
     * (use {@link #rebuildAndWait} from elsewhere).
     */
    BuildResult rebuild(Set<String> changed) {
        if (changed.stream().anyMatch(p -> p.equals("*") || p.startsWith(layout.dataPrefix()) || p.equals("jbake.properties"))) {
            cache.clear();
        }
        BuildResult result = builder.update(options());
        last = result;
        report(result, "Rebuilt after " + describe(changed), "Not rebuilt after " + describe(changed));
        if (result.success()) {
            server.liveReload().reload(overlay(result));
        } else {
            server.liveReload().problems(overlay(result));
        }
        return result;
    }

    /** The overlay for the problems of {@code result}, in the editions it read (or, when it read none, the last). */
    private String overlay(BuildResult result) {
        if (!result.editions().isEmpty()) {
            editions = result.editions();
        }
        return ProblemOverlay.json(result.problems(), editions);
    }

    /** Re-bakes now (on the rebuild thread) and waits for the result. */
    public BuildResult rebuildAndWait(Set<String> changed) throws InterruptedException {
        try {
            return rebuilds.submit(() -> rebuild(changed)).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String describe(Set<String> changed) {
        return changed.size() == 1 ? changed.iterator().next() : changed.size() + " changes";
    }

    private void report(BuildResult result, String what, String failed) {
        for (Problem problem : result.problems()) {
            err.println(problem.format());
        }
        if (result.success()) {
            out.printf(Locale.ROOT, "%s in %.2f s: %s%n", what, result.time().toMillis() / 1000.0, server.url());
            if (timings) {
                out.println("  timings: " + result.timings());
            }
        } else {
            List<String> files = result.problems().stream().filter(Problem::isError).map(Problem::file).distinct()
                    .toList();
            int errors = (int) result.errors();
            err.printf(Locale.ROOT, "%s: %s in %s. The preview keeps the last good version; fix %s above and save "
                            + "again.%n", failed, errors == 1 ? "1 error" : errors + " errors",
                    files.size() == 1 ? files.get(0) : files.size() + " files",
                    errors == 1 ? "the problem" : "the problems");
        }
        out.flush();
        err.flush();
    }

    public PreviewServer server() {
        return server;
    }

    public BuildResult lastResult() {
        return last;
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        rebuilds.submit(builder::close);
        rebuilds.shutdown();
        server.close();
    }
}

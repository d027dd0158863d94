package rs.iom.hub.build;

import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import rs.iom.hub.content.Problem;
import rs.iom.hub.content.Problems;
import rs.iom.hub.jbake.ContentErrorsException;
import rs.iom.hub.jbake.HubCrawler;
import rs.iom.hub.jbake.IncrementalAsset;
import rs.iom.hub.jbake.StagedAsset;
import rs.iom.hub.jbake.SiteContentStore;
import rs.iom.hub.site.SiteSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Builds a site with JBake's Oven, plugging in our crawler, content store and rendering tool. The site is baked into a
 * temporary folder beside the output and swapped in only when the build succeeds: a failed build leaves the previous
 * site untouched.
 */
public final class SiteBuilder implements AutoCloseable {
    private final DocumentCache cache;
    private final TextConverters converters;
    private RenderState state;
    private Path stateOutput;
    private SiteContentStore liveStore;

    private final boolean preview;

    /** A builder for one-off builds ({@code hub build}). */
    public SiteBuilder(TextConverters converters) {
        this(new DocumentCache(), converters, false);
    }

    /**
     * A builder for the preview server: it keeps what it read and rendered, so that {@link #update} re-bakes only
     * what changed.
     */
    public static SiteBuilder forPreview(DocumentCache cache, TextConverters converters) {
        return new SiteBuilder(cache, converters, true);
    }

    private SiteBuilder(DocumentCache cache, TextConverters converters, boolean preview) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.converters = Objects.requireNonNull(converters, "converters");
        this.preview = preview;
    }

    public BuildResult build(BuildOptions options) {
        Objects.requireNonNull(options, "options");
        long start = System.nanoTime();
        List<Problem> setup = checkFolders(options);
        if (!setup.isEmpty()) {
            return new BuildResult(false, setup, 0, elapsed(start));
        }
        Path output = options.output();
        Path temporary = output.resolveSibling("." + output.getFileName() + ".new-" + ProcessHandle.current().pid());
        BakeSession session = null;
        boolean success = false;
        try {
            deleteRecursively(temporary);
            Files.createDirectories(temporary);
            DefaultJBakeConfiguration config = jbakeConfiguration(options.source(), temporary);
            Path live = Files.isDirectory(output) ? output : null;
            session = new BakeSession(options.source(), config.getCompositeConfiguration(),
                    new SiteSettings.Overrides(options.baseUrl(), options.today(), options.drafts()), cache,
                    converters, null, preview);
            session.compareWith(live);
            StagedAsset asset = new StagedAsset(config, options.source(), temporary, live);
            String ovenTime = bake(config, new SiteContentStore(session), asset);
            Problems problems = session.problems();
            success = !problems.hasErrors() && !(options.strict() && problems.warningCount() > 0);
            java.util.Set<String> expected = new java.util.HashSet<>(asset.published());
            session.plan().forEach(job -> expected.add(job.file()));
            if (success) {
                session.timings().restart();
                OutputPublisher.publish(temporary, output, expected);
                session.timings().lap("publish");
                session.timings().restart();
                RenderState rendered = session.state();
                state = rendered == null ? null : new RenderState(rendered.signature(), rendered.pages(),
                        IncrementalAsset.stamps(options.source()));
                stateOutput = output;
            }
            return new BuildResult(success, problems.sorted(), session.written() + asset.staged(), elapsed(start),
                    session.timings() + ovenTime, expected.size());
        } catch (IOException | RuntimeException e) {
            List<Problem> problems = session == null ? new ArrayList<>() : new ArrayList<>(session.problems().sorted());
            problems.add(Problem.error("(build)", 0, 0, "the build failed: " + e.getMessage(),
                    "the previous site in " + output + " was left as it was"));
            return new BuildResult(false, problems, 0, elapsed(start));
        } finally {
            if (!success) {
                try {
                    deleteRecursively(temporary);
                } catch (IOException ignored) {
                    // best effort: a stale temporary folder is removed by the next build
                }
            }
        }
    }

    /**
     * Re-bakes for the preview: after a first full {@link #build}, only the pages whose inputs changed are rendered,
     * straight into the output folder (nothing is written when there are errors).
     */
    public BuildResult update(BuildOptions options) {
        Objects.requireNonNull(options, "options");
        if (state == null || !options.output().equals(stateOutput) || !Files.isDirectory(options.output())) {
            return build(options);
        }
        long start = System.nanoTime();
        List<Problem> setup = checkFolders(options);
        if (!setup.isEmpty()) {
            return new BuildResult(false, setup, 0, elapsed(start));
        }
        Path output = options.output();
        try {
            DefaultJBakeConfiguration config = jbakeConfiguration(options.source(), output);
            BakeSession session = new BakeSession(options.source(), config.getCompositeConfiguration(),
                    new SiteSettings.Overrides(options.baseUrl(), options.today(), options.drafts()), cache,
                    converters, state, true);
            if (liveStore == null) {
                liveStore = new SiteContentStore();
            }
            liveStore.use(session);
            IncrementalAsset asset = new IncrementalAsset(config, options.source(), output, state.assets());
            String ovenTime = bake(config, liveStore, asset);
            Problems problems = session.problems();
            boolean success = !problems.hasErrors() && !(options.strict() && problems.warningCount() > 0);
            if (success && session.state() != null) {
                state = new RenderState(session.state().signature(), session.state().pages(), asset.published());
            }
            return new BuildResult(success, problems.sorted(), session.written(), elapsed(start),
                    session.timings() + ovenTime, session.plan().size() + asset.published().size());
        } catch (RuntimeException e) {
            return new BuildResult(false, List.of(Problem.error("(build)", 0, 0, "the build failed: " + e.getMessage(),
                    "the preview keeps the last good version")), 0, elapsed(start));
        }
    }

    @Override
    public void close() {
        liveStore = null;
    }

    /**
     * Runs JBake's Oven with our crawler, store and rendering tool and the given asset step. Errors the Oven collects
     * are added to the session's problems (unless the session already explains the failure).
     *
     * @return how long the Oven took, for the timings line
     */
    private static String bake(DefaultJBakeConfiguration config, SiteContentStore store, org.jbake.app.Asset asset) {
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new HubCrawler(store, config));
        utensils.setRenderer(new Renderer(store, config));
        utensils.setAsset(asset);
        Oven oven = new Oven(utensils);
        long start = System.nanoTime();
        try {
            oven.bake();
        } catch (ContentErrorsException e) {
            // the problems are in the session
        }
        long nanos = System.nanoTime() - start;
        Problems problems = store.session().problems();
        for (Throwable error : oven.getErrors()) {
            if (!problems.hasErrors()) {
                problems.add(Problem.error("(build)", 0, 0, "baking failed: " + error.getMessage(),
                        "see the message above"));
            }
        }
        return String.format(java.util.Locale.ROOT, " (JBake's Oven in all %.2f s)", nanos / 1e9);
    }

    private static List<Problem> checkFolders(BuildOptions options) {
        List<Problem> problems = new ArrayList<>();
        Path source = options.source();
        Path output = options.output();
        if (!Files.isDirectory(source)) {
            problems.add(Problem.error(source.toString(), 0, 0, "the site folder does not exist",
                    "give the folder that holds jbake.properties, content/ and templates/ with --source"));
            return problems;
        }
        for (String folder : List.of("content", "templates")) {
            if (!Files.isDirectory(source.resolve(folder))) {
                problems.add(Problem.error(source.toString(), 0, 0, "the site folder has no " + folder + "/ folder",
                        "give the folder that holds jbake.properties, content/ and templates/ with --source"));
            }
        }
        if (source.startsWith(output)) {
            problems.add(Problem.error(output.toString(), 0, 0,
                    "the output folder contains the site sources and would be replaced",
                    "choose an output folder outside " + source + ", e.g. " + source.resolve("target/site")));
        }
        for (String folder : List.of("content", "templates", "assets", "data")) {
            if (output.startsWith(source.resolve(folder))) {
                problems.add(Problem.error(output.toString(), 0, 0, "the output folder is inside " + folder + "/",
                        "choose an output folder outside the sources, e.g. " + source.resolve("target/site")));
            }
        }
        return problems;
    }

    /** JBake's configuration for our bakes: its stock renderers are switched off, ours renders everything. */
    static DefaultJBakeConfiguration jbakeConfiguration(Path source, Path destination) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(source.toFile(), destination.toFile(), false);
        for (String stock : List.of("render.index", "render.feed", "render.archive", "render.tags",
                "render.sitemap", "render.error404", "render.tagsindex")) {
            config.setProperty(stock, false);
        }
        config.setDatabaseStore("memory");
        config.setProperty("asset.ignore", true);
        return config;
    }

    /** Deletes a folder tree: its files in parallel (thousands of pages), then its folders, deepest first. */
    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        List<Path> folders = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path)) {
            walk.forEach(p -> (Files.isDirectory(p) ? folders : files).add(p));
        }
        try {
            files.parallelStream().forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        folders.sort(Comparator.reverseOrder());
        for (Path folder : folders) {
            Files.deleteIfExists(folder);
        }
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

package rs.iom.hub.pipeline;

import rs.iom.hub.i18n.TextConverters;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import rs.iom.hub.problem.Problem;
import rs.iom.hub.problem.Problems;
import rs.iom.hub.jbake.ContentErrorsException;
import rs.iom.hub.jbake.HubCrawler;
import rs.iom.hub.jbake.IncrementalAsset;
import rs.iom.hub.jbake.StagedAsset;
import rs.iom.hub.jbake.SiteContentStore;
import rs.iom.hub.publish.IoErrors;
import rs.iom.hub.publish.OutputFolder;
import rs.iom.hub.publish.PublishException;
import rs.iom.hub.site.SiteSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds a site with JBake's Oven, plugging in our crawler, content store and rendering tool. The changed files are
 * baked into a staging folder and published into the output folder only when the build succeeds ({@link OutputFolder}):
 * a failed build leaves the previous site untouched.
 */
public final class SiteBuilder implements AutoCloseable {
    private final DocumentCache cache;
    private final TextConverters converters;
    private RenderState state;
    private Path stateOutput;
    private SiteContentStore liveStore;

    private final boolean preview;
    private Consumer<String> notices = notice -> { };

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

    /** Where this builder tells what it does on the way (waiting for another build, an interrupted publish undone). */
    public SiteBuilder onNotice(Consumer<String> notices) {
        this.notices = Objects.requireNonNull(notices, "notices");
        return this;
    }

    /**
     * A full build: bakes the changed files into the output folder's staging area and publishes them only when the
     * build succeeds ({@link OutputFolder}): a failed build leaves the previous site as it was.
     */
    public BuildResult build(BuildOptions options) {
        Objects.requireNonNull(options, "options");
        long start = System.nanoTime();
        List<Problem> setup = checkFolders(options);
        if (!setup.isEmpty()) {
            return new BuildResult(false, setup, 0, elapsed(start));
        }
        OutputFolder.Opened opened = OutputFolder.open(options.output(), options.source(),
                sourceFolders(options.source()), preview ? "hub serve" : "hub build", true, notices);
        opened.notes().forEach(notices);
        if (opened.folder().isEmpty()) {
            return new BuildResult(false, opened.problems(), 0, elapsed(start));
        }
        OutputFolder folder = opened.folder().get();
        BakeSession session = null;
        try {
            Path staging = folder.staging();
            Path live = folder.live();
            DefaultJBakeConfiguration config = jbakeConfiguration(options.source(), staging);
            session = new BakeSession(options.source(), config.getCompositeConfiguration(),
                    new SiteSettings.Overrides(options.baseUrl(), options.today(), options.drafts()), cache,
                    converters, null, preview);
            session.compareWith(live);
            StagedAsset asset = new StagedAsset(config, options.source(), staging, live);
            String ovenTime = bake(config, new SiteContentStore(session), asset);
            Problems problems = session.problems();
            boolean success = !problems.hasErrors() && !(options.strict() && problems.warningCount() > 0);
            Set<String> expected = new HashSet<>(asset.published());
            session.plan().forEach(job -> expected.add(job.file()));
            if (success) {
                session.timings().restart();
                folder.publish(expected);
                session.timings().lap("publish");
                RenderState rendered = session.state();
                state = rendered == null ? null : new RenderState(rendered.signature(), rendered.pages(),
                        IncrementalAsset.stamps(options.source()));
                stateOutput = options.output();
            }
            return new BuildResult(success, problems.sorted(), session.written() + asset.staged(), elapsed(start),
                    session.timings() + ovenTime, expected.size());
        } catch (PublishException e) {
            List<Problem> problems = new ArrayList<>(session.problems().sorted());
            problems.add(e.problem());
            return new BuildResult(false, problems, 0, elapsed(start), "", 0, e.restored());
        } catch (IOException | RuntimeException e) {
            List<Problem> problems = session == null ? new ArrayList<>() : new ArrayList<>(session.problems().sorted());
            problems.add(Problem.error("(build)", 0, 0, "the build failed: " + IoErrors.describe(e),
                    "the previous site in " + options.output() + " was left as it was"));
            return new BuildResult(false, problems, 0, elapsed(start));
        } finally {
            closeQuietly(folder);
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
        OutputFolder.Opened opened = OutputFolder.open(options.output(), options.source(),
                sourceFolders(options.source()), "hub serve", false, notices);
        opened.notes().forEach(notices);
        if (opened.folder().isEmpty()) {
            return new BuildResult(false, opened.problems(), 0, elapsed(start));
        }
        OutputFolder folder = opened.folder().get();
        try {
            Path output = folder.live();
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
            return new BuildResult(false, List.of(Problem.error("(build)", 0, 0, "the build failed: "
                    + IoErrors.describe(e), "the preview keeps the last good version")), 0, elapsed(start));
        } finally {
            closeQuietly(folder);
        }
    }

    private static void closeQuietly(OutputFolder folder) {
        try {
            folder.close();
        } catch (IOException ignored) {
            // the work folder is removed by the next build; the lock is released with the process at the latest
        }
    }

    /** The site's source folders, which no build may write into. */
    static List<Path> sourceFolders(Path source) {
        return List.of(source.resolve("content"), source.resolve("templates"), source.resolve("assets"),
                source.resolve("data"));
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
        if (!Files.isDirectory(source)) {
            problems.add(Problem.error(source.toString(), 0, 0, "the site folder does not exist",
                    "give the folder that holds jbake.properties, content/ and templates/ with --source"));
            return problems;
        }
        // JBake reads jbake.properties before any check of ours: a link out of the site (or to a device that never
        // ends) must be refused first
        rs.iom.hub.content.SourceFiles.check(source, rs.iom.hub.site.SiteSettings.FILE).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return problems;
        }
        for (String folder : List.of("content", "templates")) {
            if (!Files.isDirectory(source.resolve(folder))) {
                problems.add(Problem.error(source.toString(), 0, 0, "the site folder has no " + folder + "/ folder",
                        "give the folder that holds jbake.properties, content/ and templates/ with --source"));
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

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

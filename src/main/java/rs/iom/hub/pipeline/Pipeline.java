package rs.iom.hub.pipeline;

import rs.iom.hub.check.LatinWordsRule;
import rs.iom.hub.layout.SiteLayout;

import rs.iom.hub.content.ContentFiles;
import rs.iom.hub.content.SourceFiles;
import rs.iom.hub.i18n.TextConverters;
import rs.iom.hub.problem.Problem;
import rs.iom.hub.problem.Problems;
import rs.iom.hub.publish.IoErrors;
import rs.iom.hub.publish.OutputFolder;
import rs.iom.hub.publish.PublishException;
import rs.iom.hub.site.SiteSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one way a site goes from its folder to published pages, shared by {@code hub build}, {@code hub check} and
 * {@code hub serve}. The stages, each with an input and an output type of its own:
 * <pre>
 *   read     SiteReader     SiteFolder  → ReadSite
 *   index    SiteIndexer    ReadSite    → IndexedSite
 *   plan     PagePlanner    IndexedSite → PagePlan
 *   check    SiteChecker    IndexedSite + PagePlan → problems
 *   render   SiteRenderer   PagePlan    → RenderedPages
 *   publish  OutputFolder   the staged files → the output folder
 * </pre>
 * {@link #check} stops after the check stage. {@link #build} runs them all, driven by the {@link Engine} (JBake's
 * Oven), rendering only what differs from the published site into a staging folder that is published only when the
 * build succeeded. {@link #update} (the preview) re-runs them, re-using the files read before and rendering only the
 * pages whose inputs changed.
 */
public final class Pipeline implements AutoCloseable {
    private final Engine engine;
    private final DocumentCache cache;
    private final TextConverters converters;
    private final boolean preview;
    private Consumer<String> notices = notice -> { };
    private BuildCache buildCache;
    private RenderState state;
    private Path stateOutput;
    private final TemplateShelf templates = new TemplateShelf();

    private Pipeline(Engine engine, DocumentCache cache, TextConverters converters, boolean preview) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.converters = Objects.requireNonNull(converters, "converters");
        this.preview = preview;
    }

    /** A pipeline for one-off builds and checks ({@code hub build}, {@code hub check}). */
    public static Pipeline of(Engine engine, TextConverters converters) {
        return new Pipeline(engine, new DocumentCache(), converters, false);
    }

    /**
     * A pipeline for the preview: it keeps what it read and rendered, so that {@link #update} re-bakes only what
     * changed.
     */
    public static Pipeline forPreview(Engine engine, DocumentCache cache, TextConverters converters) {
        return new Pipeline(engine, cache, converters, true);
    }

    /** Where this pipeline tells what it does on the way (waiting for another build, an interrupted publish undone). */
    public Pipeline onNotice(Consumer<String> notices) {
        this.notices = Objects.requireNonNull(notices, "notices");
        return this;
    }

    /**
     * Builds with {@code cache}: the first {@link #build} reads only the content files that changed since the build
     * that wrote it, and renders only the pages whose inputs changed; every successful build keeps its own for the
     * next. Null: every build reads and renders everything.
     */
    public Pipeline withCache(BuildCache cache) {
        this.buildCache = cache == null ? null : cache.onNotice(notice -> notices.accept(notice));
        return this;
    }

    /** What {@link #check} found, and how many content files it read. */
    public record CheckResult(List<Problem> problems, int files) {
        public CheckResult {
            problems = List.copyOf(problems);
        }
    }

    /** Read → index → plan → check, writing nothing. */
    public CheckResult check(Path source) {
        return check(source, false);
    }

    /** Read → index → plan → check, writing nothing; with {@code drafts}, as the preview sees the site. */
    public CheckResult check(Path source, boolean drafts) {
        Objects.requireNonNull(source, "source");
        Path site = source.toAbsolutePath().normalize();
        SiteSetup setup = setUp(site, new SiteSettings.Overrides(null, null, drafts));
        if (!setup.problems().isEmpty()) {
            return new CheckResult(setup.problems(), 0);
        }
        SiteFolder folder = setup.folder();
        SiteLayout layout = setup.layout();
        BakeRun run = new BakeRun(folder, new SiteReader(cache, converters), cache, null, false, null, null);
        run.prepare();
        // the content files looked at: none when the settings or message files stopped the check before them
        int files = run.site().isEmpty() ? 0
                : (int) ContentFiles.list(site, layout.content()).stream().filter(ContentFiles::isMarkdown).count();
        // notes only hub check shows: the words that stay in Latin letters in the Cyrillic edition
        run.site().ifPresent(indexed -> run.problems().addAll(LatinWordsRule.check(indexed)));
        return new CheckResult(named(run.problems().sorted(), layout), files);
    }

    /**
     * A full build: bakes the changed files into the output folder's staging area and publishes them only when the
     * build succeeds ({@link OutputFolder}): a failed build leaves the previous site as it was.
     */
    public BuildResult build(BuildOptions options) {
        Objects.requireNonNull(options, "options");
        long start = System.nanoTime();
        // what the last build read is decoded while the site is set up and the output folder opened
        java.util.concurrent.CompletableFuture<RestoredCache> restored = this.buildCache != null && state == null
                ? this.buildCache.restoreLater() : null;
        Target target = open(options, preview ? "hub serve" : "hub build", true);
        if (target.output() == null) {
            return new BuildResult(false, target.problems(), 0, elapsed(start));
        }
        SiteLayout layout = target.layout();
        OutputFolder output = target.output();
        BakeRun run = null;
        try {
            Path staging = output.staging();
            Path live = output.live();
            BuildCache buildCache = this.buildCache;
            if (buildCache != null && buildCache.isInside(live)) {
                notices.accept("The build cache is not used: it would be inside the output folder " + live
                        + ". Build into another folder, e.g. target/site.");
                buildCache = null;
            }
            long restoring = System.nanoTime();
            RenderState previous = null;
            if (buildCache != null) {
                if (restored != null) {
                    restored.join().into(cache);
                }
                previous = buildCache.previousRender(live);
            }
            restoring = System.nanoTime() - restoring;
            // with the cache, what is rendered is remembered (for the next build), as the preview remembers it
            ImageCache images = imageCache(buildCache);
            run = new BakeRun(target.folder(), new SiteReader(cache, converters), cache, previous,
                    preview || buildCache != null, live, FileCopier.staged(options.source(), layout, live, images,
                    previous == null ? null : previous.assets())).withTemplates(templates);
            if (buildCache != null) {
                run.timings().add("cache read", restoring);
            }
            String engineTime = bake(run, options, staging);
            Problems problems = run.problems();
            boolean success = !problems.hasErrors() && !(options.strict() && problems.warningCount() > 0);
            Set<String> expected = run.expectedFiles();
            if (success) {
                run.timings().restart();
                output.publish(expected);
                run.timings().lap("publish");
                state = run.state();
                stateOutput = options.output();
                if (images != null && !preview) {
                    images.removeUnused();
                }
                if (buildCache != null && state != null) {
                    buildCache.save(cache);
                    buildCache.savePictures(cache);
                    buildCache.saveRender(live, state);
                    run.timings().lap("cache write");
                }
            }
            return new BuildResult(success, named(problems.sorted(), layout), run.written(), elapsed(start),
                    run.timings() + engineTime, expected.size(), true, run.editions());
        } catch (PublishException e) {
            List<Problem> problems = new ArrayList<>(run.problems().sorted());
            problems.add(e.problem());
            return new BuildResult(false, problems, 0, elapsed(start), "", 0, e.restored());
        } catch (IOException | RuntimeException e) {
            List<Problem> problems = run == null ? new ArrayList<>() : new ArrayList<>(run.problems().sorted());
            problems.add(Problem.error("(build)", 0, 0, "the build failed: " + IoErrors.describe(e),
                    "the previous site in " + options.output() + " was left as it was"));
            return new BuildResult(false, problems, 0, elapsed(start));
        } finally {
            closeQuietly(output);
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
        Target target = open(options, "hub serve", false);
        if (target.output() == null) {
            return new BuildResult(false, target.problems(), 0, elapsed(start));
        }
        SiteLayout layout = target.layout();
        OutputFolder output = target.output();
        try {
            BakeRun run = new BakeRun(target.folder(), new SiteReader(cache, converters), cache, state, true, null,
                    FileCopier.incremental(options.source(), layout, state.assets(),
                            buildCache == null || buildCache.isInside(output.live()) ? null : imageCache(buildCache)))
                    .withTemplates(templates);
            String engineTime = bake(run, options, output.live());
            Problems problems = run.problems();
            boolean success = !problems.hasErrors() && !(options.strict() && problems.warningCount() > 0);
            if (success && run.state() != null) {
                state = run.state();
            }
            return new BuildResult(success, named(problems.sorted(), layout), run.written(), elapsed(start),
                    run.timings() + engineTime, run.expectedFiles().size(), true, run.editions());
        } catch (RuntimeException e) {
            return new BuildResult(false, List.of(Problem.error("(build)", 0, 0, "the build failed: "
                    + IoErrors.describe(e), "the preview keeps the last good version")), 0, elapsed(start));
        } finally {
            closeQuietly(output);
        }
    }

    /**
     * Rehearses a re-bake after an edit, writing nothing: reads one content file again (the last in path order),
     * plans and checks the site and renders that file's pages in memory. The preview runs it once after its first
     * bake: the JVM compiles what it ran, so that the first real edit is about as quick as the later ones (a preview
     * started from the build cache has read and rendered nothing yet).
     */
    public void rehearse(BuildOptions options) {
        Objects.requireNonNull(options, "options");
        if (state == null) {
            return;
        }
        SiteSetup setup = setUp(options.source(), new SiteSettings.Overrides(options.baseUrl(), options.today(),
                options.drafts(), preview));
        if (!setup.problems().isEmpty()) {
            return;
        }
        Optional<String> source = cache.forgetLast();
        if (source.isEmpty()) {
            return;
        }
        BakeRun run = new BakeRun(setup.folder(), new SiteReader(cache, converters), cache, state, true, null, null)
                .withTemplates(templates);
        BakeThreads.run(options.parallelism(), () -> {
            if (run.prepare()) {
                run.rehearseRender(source.get());
            }
            return null;
        });
    }

    /** The copies of pictures made before, kept in the build cache; null without one. */
    private static ImageCache imageCache(BuildCache buildCache) {
        return buildCache == null ? null : buildCache.images();
    }

    /** The site folder, its layout and the output folder opened for this bake; or the problems that stop it. */
    private record Target(SiteFolder folder, SiteLayout layout, OutputFolder output, List<Problem> problems) {
    }

    /**
     * Sets up the site (settings file, settings, folders) and opens the output folder for a bake by {@code command}
     * ({@code scan}: list its published files, which publishing needs).
     */
    private Target open(BuildOptions options, String command, boolean scan) {
        SiteSetup setup = setUp(options.source(), new SiteSettings.Overrides(options.baseUrl(), options.today(),
                options.drafts(), preview));
        if (!setup.problems().isEmpty()) {
            return new Target(null, null, null, setup.problems());
        }
        OutputFolder.Opened opened = OutputFolder.open(options.output(), options.source(),
                sourceFolders(options.source(), setup.layout()), command, scan, notices);
        opened.notes().forEach(notices);
        return opened.folder().map(output -> new Target(setup.folder(), setup.layout(), output, List.of()))
                .orElseGet(() -> new Target(null, null, null, opened.problems()));
    }

    /** The site folder and its layout, or the problems that stop every command before it reads anything. */
    private record SiteSetup(SiteFolder folder, SiteLayout layout, List<Problem> problems) {
    }

    /** Checks the settings file, reads the settings, and checks the folders they name. */
    private SiteSetup setUp(Path site, SiteSettings.Overrides overrides) {
        List<Problem> problems = checkSettingsFile(site);
        if (!problems.isEmpty()) {
            return new SiteSetup(null, null, problems);
        }
        SiteFolder folder = new SiteFolder(site, engine.settings(site), overrides);
        SiteLayout layout = SiteSettings.layoutOf(folder.properties(), site);
        return new SiteSetup(folder, layout, checkFolders(site, layout));
    }

    /**
     * Lets the engine drive {@code run}; errors the engine met on its own are added to the run's problems (unless the
     * run already explains the failure).
     *
     * @return how long the engine took, for the timings line
     */
    private String bake(BakeRun run, BuildOptions options, Path destination) {
        long start = System.nanoTime();
        List<String> errors = BakeThreads.run(options.parallelism(), () -> engine.run(options.source(), destination, run));
        long nanos = System.nanoTime() - start;
        for (String error : errors) {
            if (!run.problems().hasErrors()) {
                run.problems().add(Problem.error("(build)", 0, 0, "baking failed: " + error,
                        "see the message above"));
            }
        }
        return String.format(java.util.Locale.ROOT, " (JBake's Oven in all %.2f s)", nanos / 1e9);
    }

    @Override
    public void close() {
        state = null;
    }

    /** Problems whose texts name the folders by their default names, with this site's names. */
    private static List<Problem> named(List<Problem> problems, SiteLayout layout) {
        if (layout.equals(SiteLayout.DEFAULT)) {
            return problems;
        }
        return problems.stream().map(p -> new Problem(p.file(), p.line(), p.column(), p.severity(),
                layout.named(p.message()), layout.named(p.hint()))).toList();
    }

    private static void closeQuietly(OutputFolder folder) {
        try {
            folder.close();
        } catch (IOException ignored) {
            // the work folder is removed by the next build; the lock is released with the process at the latest
        }
    }

    /** The site's source folders, which no build may write into. */
    static List<Path> sourceFolders(Path source, SiteLayout layout) {
        return layout.folders().stream().map(source::resolve).toList();
    }

    /**
     * The site folder exists and its jbake.properties can be read: JBake reads it before any check of ours, so a link
     * out of the site (or to a device that never ends) must be refused first.
     */
    private static List<Problem> checkSettingsFile(Path source) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(source)) {
            problems.add(Problem.error(source.toString(), 0, 0, "the site folder does not exist",
                    "give the folder that holds jbake.properties, content/ and templates/ with --source"));
            return problems;
        }
        SourceFiles.check(source, SiteSettings.FILE).ifPresent(problems::add);
        return problems;
    }

    /** The content and templates folders the settings name exist. */
    private static List<Problem> checkFolders(Path source, SiteLayout layout) {
        List<Problem> problems = new ArrayList<>();
        for (String folder : List.of(layout.content(), layout.templates())) {
            if (!Files.isDirectory(source.resolve(folder))) {
                problems.add(Problem.error(source.toString(), 0, 0, "the site folder has no " + folder + "/ folder",
                        "give the folder that holds jbake.properties, " + layout.contentPrefix() + " and "
                                + layout.templatesPrefix() + " with --source (or name the folders in "
                                + "jbake.properties: content.folder, template.folder)"));
            }
        }
        return problems;
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

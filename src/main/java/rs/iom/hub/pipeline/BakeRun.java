package rs.iom.hub.pipeline;

import rs.iom.hub.site.EditionContext;

import rs.iom.hub.layout.SiteLayout;

import rs.iom.hub.check.LinkMemory;
import rs.iom.hub.check.SiteChecker;
import rs.iom.hub.i18n.MissingMessageException;
import rs.iom.hub.plan.PageJob;
import rs.iom.hub.plan.PagePlan;
import rs.iom.hub.plan.PagePlanner;
import rs.iom.hub.plan.PlanMemory;
import rs.iom.hub.problem.Problem;
import rs.iom.hub.problem.Problems;
import rs.iom.hub.publish.IoErrors;
import rs.iom.hub.render.RenderedPages;
import rs.iom.hub.render.SiteRenderer;
import rs.iom.hub.render.TemplateEngine;
import rs.iom.hub.search.SearchMemory;
import rs.iom.hub.site.IndexedSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One bake: the pipeline's stages in the order the {@link Engine} calls them, and what they hand on — the
 * {@link ReadSite}, the {@link IndexedSite}, the {@link PagePlan} — plus the problems and timings of the whole run.
 * <ol>
 *   <li>{@link #prepare()}: read ({@link SiteReader}) → index ({@link SiteIndexer}) → plan ({@link PagePlanner}) →
 *       check ({@link SiteChecker});</li>
 *   <li>{@link #render(Path)}: render ({@link SiteRenderer}) — every page, or, for a preview re-bake or a build with
 *       the {@link BuildCache}, the pages whose inputs changed since the previous bake;</li>
 *   <li>{@link #copyAssets} and {@link #copyAttachments}: the files published as they are ({@link FileCopier}).</li>
 * </ol>
 * Publishing is the caller's ({@link Pipeline}), once the engine is done.
 */
final class BakeRun implements Bake {
    private final SiteFolder folder;
    private final SiteReader reader;
    private final DocumentCache cache;
    private final RenderState previous;
    private final boolean trackState;
    private final Path published;
    private final FileCopier copier;
    private TemplateShelf templateShelf = new TemplateShelf();
    private final Problems problems = new Problems();
    private final Timings timings = new Timings();
    private IndexedSite site;
    /** The hash of what every page depends on: templates, data files, settings ({@link SourceSignature}). */
    private long signature;
    private PagePlan plan;
    private int written;
    private RenderState state;

    /**
     * @param previous   what the previous bake rendered (preview re-bakes, cached builds: only changed pages are
     *                   rendered), or null
     * @param trackState record what is rendered, for the next re-bake
     * @param published  the published site a full render compares with, writing only what differs (null: none)
     * @param copier     copies the assets and attachments that changed
     */
    BakeRun(SiteFolder folder, SiteReader reader, DocumentCache cache, RenderState previous, boolean trackState,
            Path published, FileCopier copier) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.previous = previous;
        this.trackState = trackState || previous != null;
        this.published = published;
        this.copier = copier;
    }

    /** Takes the parsed templates from {@code shelf}, where the previous bake left them (the preview's re-bakes). */
    BakeRun withTemplates(TemplateShelf shelf) {
        this.templateShelf = Objects.requireNonNull(shelf, "shelf");
        return this;
    }

    @Override
    public boolean prepare() {
        timings.restart();
        Optional<ReadSite> read = reader.read(folder, problems);
        timings.lap("read");
        if (read.isEmpty()) {
            return false;
        }
        site = new SiteIndexer(folder.path()).index(read.get(), problems);
        signature = SourceSignature.of(folder.path(), site.config().layout(), site.config(), folder.overrides());
        // What the plan may keep from the previous bake depends on these besides the documents themselves.
        PlanMemory memory = trackState ? cache.planMemory() : new PlanMemory();
        memory.useFor(List.of(signature, site.images(), site.downloads()));
        try {
            // Term weights are kept between bakes only by the preview (a one-off build would just hold them in memory).
            plan = new PagePlanner(site.config(), site.content(), site.editions(), trackState ? cache.searchMemory()
                    : new SearchMemory(new ForgetfulMap<>(), new java.util.HashMap<>(), new ConcurrentHashMap<>()),
                    site.images(), site.downloads(), memory).plan();
        } catch (MissingMessageException e) {
            problems.add(Problem.error(e.source().replaceAll(" .*", ""), 0, 0,
                    "the message '" + e.key() + "' is missing", "add '" + e.key() + "' to every file in data/i18n/"));
            return false;
        }
        timings.lap("plan");
        problems.addAll(SiteChecker.check(site, plan, trackState ? cache.linkMemory() : new LinkMemory()));
        timings.lap("check");
        return !problems.hasErrors();
    }

    @Override
    public int render(Path output) {
        if (plan == null || problems.hasErrors()) {
            return 0;
        }
        timings.restart();
        SiteLayout layout = site.config().layout();
        TemplateEngine templates = templates(signature);
        if (templates == null) {
            return 0;
        }
        SiteRenderer renderer = new SiteRenderer(templates, layout.templatesPrefix());
        Map<String, Long> inputs = new ConcurrentHashMap<>();
        if (trackState) {
            plan.jobs().parallelStream().forEach(job -> inputs.put(job.file(), job.inputs().getAsLong()));
        }
        RenderedPages pages;
        if (previous == null || previous.signature() != signature) {
            pages = renderer.render(plan.jobs(), output, published);
        } else {
            List<PageJob> changed = plan.jobs().stream()
                    .filter(job -> !inputs.get(job.file()).equals(previous.pages().get(job.file()))).toList();
            if (published != null) {
                // a cached build: the unchanged pages stay published as they are; publishing removes the gone ones
                pages = renderer.render(changed, output, published);
            } else {
                pages = renderer.renderAtomically(changed, output);
                if (pages.problems().isEmpty()) {
                    deleteGonePages(output, inputs);
                }
            }
        }
        problems.addAll(pages.problems());
        written = pages.written();
        state = trackState ? new RenderState(signature, inputs, Map.of()) : null;
        timings.lap("render");
        return written;
    }

    /** The parsed templates for {@code signature}; null, with a problem, when they cannot be read. */
    private TemplateEngine templates(long signature) {
        SiteLayout layout = site.config().layout();
        try {
            return templateShelf.engine(signature, () -> new TemplateEngine(
                    folder.path().resolve(layout.templates()).toFile(),
                    site.templates().stream().map(p -> p.substring(layout.templatesPrefix().length())).toList()));
        } catch (IOException e) {
            problems.add(Problem.error(layout.templates(), 0, 0, "the templates cannot be read: "
                    + IoErrors.describe(e), "check that the templates folder can be read"));
            return null;
        }
    }

    /**
     * What {@link #render} does for an edit of {@code source}, in memory: every page's inputs hashed, the pages of
     * {@code source} rendered and dropped. Writes nothing.
     */
    void rehearseRender(String source) {
        if (plan == null || problems.hasErrors()) {
            return;
        }
        SiteLayout layout = site.config().layout();
        TemplateEngine templates = templates(signature);
        if (templates == null) {
            return;
        }
        plan.jobs().parallelStream().forEach(job -> job.inputs().getAsLong());
        new SiteRenderer(templates, layout.templatesPrefix()).render(plan.jobs().stream()
                .filter(job -> source.equals(job.source())).toList(), null, null);
    }

    private void deleteGonePages(Path output, Map<String, Long> inputs) {
        for (String file : previous.pages().keySet()) {
            if (!inputs.containsKey(file)) {
                try {
                    Files.deleteIfExists(output.resolve(file));
                } catch (IOException e) {
                    problems.add(Problem.error(file, 0, 0, "could not delete the page: " + IoErrors.describe(e),
                            "check that the output folder is writable"));
                }
            }
        }
    }

    @Override
    public void copyAssets(Path destination) {
        if (site != null && !problems.hasErrors()) {
            copier.copy(site.assets(), destination);
        }
    }

    @Override
    public void copyAttachments(Path destination) {
        if (site != null && !problems.hasErrors()) {
            timings.restart();
            copier.copy(site.attachments(), destination, site.images(), sharedPictures());
            problems.addAll(copier.problems());
            timings.lap("attachments and pictures (" + copier.picturesMade() + " copies of pictures made)");
            copier.deleteGone(destination);
        }
    }

    /** The pictures that are a news item's lead image: they get a sharing copy (Open Graph, Twitter). */
    private java.util.Set<String> sharedPictures() {
        java.util.Set<String> shared = new java.util.HashSet<>();
        for (rs.iom.hub.content.Document doc : site.allDocuments()) {
            if (doc.isNews()) {
                doc.imageLink().filter(link -> link.target().kind() == rs.iom.hub.markdown.LinkTargets.Kind.FILE)
                        .map(link -> link.target().sitePath()).filter(site.images()::containsKey)
                        .ifPresent(shared::add);
            }
        }
        return shared;
    }

    /** What this bake rendered and copied, for the next re-bake; null unless it succeeded. */
    RenderState state() {
        return problems.hasErrors() || state == null ? null
                : new RenderState(state.signature(), state.pages(), copier == null ? Map.of() : copier.stamps());
    }

    /** Every file the site has now: the planned pages, assets and attachments. */
    java.util.Set<String> expectedFiles() {
        java.util.Set<String> files = plan == null ? new java.util.HashSet<>() : plan.files();
        if (copier != null) {
            files.addAll(copier.published());
        }
        return files;
    }

    Timings timings() {
        return timings;
    }

    Problems problems() {
        return problems;
    }

    /** The editions this bake read, or none when it stopped before. */
    List<EditionContext> editions() {
        return site == null ? List.of() : site.editions();
    }

    Optional<IndexedSite> site() {
        return Optional.ofNullable(site);
    }

    PagePlan plan() {
        return plan == null ? new PagePlan(List.of()) : plan;
    }

    /** Pages written, and assets and attachments copied. */
    int written() {
        return written + (copier == null ? 0 : copier.copied());
    }
}

package rs.iom.hub.pipeline;

import rs.iom.hub.i18n.TextConverters;
import rs.iom.hub.render.SiteRenderer;
import rs.iom.hub.render.TemplateEngine;
import rs.iom.hub.plan.SitePages;
import rs.iom.hub.plan.PageJob;
import org.apache.commons.configuration2.Configuration;
import rs.iom.hub.check.LinkChecker;
import rs.iom.hub.content.Attachments;
import rs.iom.hub.content.ContentFiles;
import rs.iom.hub.content.Document;
import rs.iom.hub.problem.Problems;
import rs.iom.hub.site.SiteSettings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The state of one bake, shared by the pieces JBake calls: the crawler {@linkplain #load() reads} the site, the
 * rendering tool {@linkplain #render(Path) renders} it. Problems from both end up in {@link #problems()}.
 */
public final class BakeSession {
    private final Path siteFolder;
    private final Configuration properties;
    private final SiteSettings.Overrides overrides;
    private final DocumentCache cache;
    private final TextConverters converters;
    private final Problems problems = new Problems();
    private final Timings timings = new Timings();
    private final RenderState previous;
    private final boolean trackState;
    private Path compareWith;
    private LoadedSite site;
    private List<PageJob> plan;
    private int written;
    private long signature;
    private RenderState state;

    public BakeSession(Path siteFolder, Configuration properties, SiteSettings.Overrides overrides,
                       DocumentCache cache, TextConverters converters) {
        this(siteFolder, properties, overrides, cache, converters, null, false);
    }

    /**
     * A session that re-renders only what changed since {@code previous} (the preview server's re-bakes), writing
     * straight into the served folder; with {@code trackState} it records what it rendered for the next re-bake.
     */
    public BakeSession(Path siteFolder, Configuration properties, SiteSettings.Overrides overrides,
                       DocumentCache cache, TextConverters converters, RenderState previous, boolean trackState) {
        this.previous = previous;
        this.trackState = trackState || previous != null;
        this.siteFolder = Objects.requireNonNull(siteFolder, "siteFolder");
        this.properties = Objects.requireNonNull(properties, "properties");
        this.overrides = Objects.requireNonNull(overrides, "overrides");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.converters = Objects.requireNonNull(converters, "converters");
    }

    /**
     * Makes a full render write only the files that differ from the published site {@code live} (null: write all).
     */
    public void compareWith(Path live) {
        this.compareWith = live;
    }

    /** Reads and checks the whole site; returns false when there are errors (nothing should be rendered). */
    public boolean load() {
        timings.restart();
        Optional<LoadedSite> loaded = new SiteLoader(siteFolder, cache, converters).load(properties, overrides,
                problems);
        timings.lap("read");
        if (loaded.isEmpty()) {
            return false;
        }
        site = loaded.get();
        try {
            // Term weights are kept between bakes only by the preview (a one-off build would just hold them in memory).
            plan = new SitePages(site.config(), site.content(), site.editions(),
                    trackState ? cache.searchWeights() : new ForgetfulMap<>()).plan();
        } catch (rs.iom.hub.i18n.MissingMessageException e) {
            problems.add(rs.iom.hub.problem.Problem.error(e.source().replaceAll(" .*", ""), 0, 0,
                    "the message '" + e.key() + "' is missing", "add '" + e.key() + "' to every file in data/i18n/"));
            return false;
        }
        timings.lap("plan");
        checkCollisions();
        checkLinks();
        timings.lap("check");
        return !problems.hasErrors();
    }

    /**
     * Two pages at one address (e.g. content/sr/vesti.md and the news list), a file of assets/ or content/ at the
     * address of a page, or two such files at one address: the second would overwrite the first.
     */
    private void checkCollisions() {
        Map<String, PageJob> byFile = new HashMap<>();
        Set<String> reported = new HashSet<>();
        Map<String, List<String>> files = publishedSources();
        for (PageJob job : plan) {
            PageJob first = byFile.putIfAbsent(job.file(), job);
            if (first != null) {
                String source = job.source();
                String other = first.source();
                String file = source != null ? source : other != null ? other : job.file();
                if (!reported.add(file + " = " + (source != null ? describe(first) : describe(job)))) {
                    continue; // the same clash in another edition (sr/… and sr-cyrl/…): one mistake, one error
                }
                problems.add(rs.iom.hub.problem.Problem.error(file, 0, 0,
                        "this page has the same address (" + job.file().replace("index.html", "") + ") as "
                                + (other != null && source != null ? other : describe(first)),
                        "rename the file (or folder): its name is its web address"));
            } else if (files.containsKey(job.file())) {
                for (String source : files.get(job.file())) {
                    problems.add(rs.iom.hub.problem.Problem.error(source, 0, 0, "this file would be published at "
                                    + job.file() + ", the address of " + publishedAs(job) + ", and replace it",
                            "rename or move the file: its path without " + source.substring(0,
                                    source.indexOf('/') + 1) + " is its web address"));
                }
            }
        }
        for (List<String> sources : files.values()) {
            for (String source : sources.subList(1, sources.size())) {
                problems.add(rs.iom.hub.problem.Problem.error(source, 0, 0, "this file would be published at "
                                + ContentFiles.publishedPath(source) + ", the address of " + sources.get(0)
                                + ", and replace it",
                        "rename or move one of the two files: a file's path without assets/ or content/ is its "
                                + "web address"));
            }
        }
    }

    private static String describe(PageJob job) {
        if (job.source() != null) {
            return job.source();
        }
        String kind = job.meta() == null ? "" : job.meta().kind();
        return switch (kind) {
            case "home" -> "the home page";
            case "news-list" -> "the news list";
            case "tags" -> "the list of tags";
            case "tag" -> "a tag page";
            case "archive" -> "the archive";
            case "year" -> "a page of the archive";
            default -> "the generated file " + job.file();
        };
    }

    /** What the page {@code job} is, with its edition, for a file about to replace it. */
    private static String publishedAs(PageJob job) {
        if (job.source() != null) {
            return "the page made from " + job.source();
        }
        String file = job.file();
        String edition = switch (file.contains("/") ? file.substring(0, file.indexOf('/')) : "") {
            case "sr" -> "Serbian (Latin) ";
            case "sr-cyrl" -> "Serbian (Cyrillic) ";
            case "en" -> "English ";
            default -> "";
        };
        String kind = job.meta() != null ? job.meta().kind() : file.endsWith("feed.xml") ? "feed"
                : file.equals("sitemap.xml") ? "sitemap" : file.equals("robots.txt") ? "robots" : "";
        return switch (kind) {
            case "home" -> "the " + edition + "home page";
            case "news-list" -> "the " + edition + "news list";
            case "tags" -> "the " + edition + "list of tags";
            case "tag" -> "a " + edition + "tag page";
            case "archive" -> "the " + edition + "archive";
            case "year" -> "a page of the " + edition + "archive";
            case "search" -> "the " + edition + "search page";
            case "not-found", "root-not-found" -> "the " + edition + "page shown for missing addresses";
            case "root" -> "the site's front page";
            case "feed" -> "the " + edition + "news feed";
            case "sitemap" -> "the sitemap";
            case "robots" -> "the instructions for search engines";
            default -> "the generated file " + file;
        };
    }

    /**
     * Published path of every asset and attachment → its sources (assets first, so content/ is the second); without
     * the attachments of types content/ does not publish (they are reported as such).
     */
    private Map<String, List<String>> publishedSources() {
        Map<String, List<String>> files = new java.util.LinkedHashMap<>();
        for (List<String> folder : List.of(site.assets(), site.attachments())) {
            for (String source : folder) {
                if (source.startsWith("content/") && !Attachments.isAllowed(source)) {
                    continue;
                }
                files.computeIfAbsent(ContentFiles.publishedPath(source), k -> new java.util.ArrayList<>())
                        .add(source);
            }
        }
        return files;
    }

    /**
     * Published paths of the attachments and assets, for the link checks: with the attachments content/ refuses to
     * publish, so that a link to one is not reported a second time, as a link to a missing file.
     */
    private Set<String> publishedFiles() {
        Set<String> files = new HashSet<>(publishedSources().keySet());
        site.attachments().forEach(p -> files.add(ContentFiles.publishedPath(p)));
        return files;
    }

    private void checkLinks() {
        Set<String> sitePaths = new HashSet<>();
        plan.forEach(job -> sitePaths.add(job.file()));
        sitePaths.addAll(publishedFiles());
        Map<String, Document> published = new HashMap<>();
        site.content().documents().forEach(d -> published.put(d.source(), d));
        Set<String> allSources = new HashSet<>(site.links().keySet());
        Set<String> unreadable = new HashSet<>(allSources);
        site.allDocuments().forEach(d -> unreadable.remove(d.source()));
        LinkChecker checker = new LinkChecker(published, allSources, sitePaths, unreadable);
        // the links of a file include its front matter's image
        site.links().forEach((source, links) -> problems.addAll(checker.check(source, links)));
    }

    /**
     * Renders the planned pages into {@code output} ({@code null}: only render, to find template errors). With a
     * previous state under the same signature, only pages whose inputs changed are rendered (in memory first: a
     * template error leaves the folder untouched) and pages that no longer exist are deleted.
     */
    public int render(Path output) throws IOException {
        if (site == null || problems.hasErrors()) {
            return 0;
        }
        timings.restart();
        signature = SourceSignature.of(siteFolder, site.config(), overrides);
        TemplateEngine templates = new TemplateEngine(siteFolder.resolve("templates").toFile(),
                site.templates().stream().map(p -> p.substring("templates/".length())).toList());
        SiteRenderer renderer = new SiteRenderer(templates);
        Map<String, Long> inputs = new java.util.concurrent.ConcurrentHashMap<>();
        if (trackState) {
            plan.parallelStream().forEach(job -> inputs.put(job.file(), job.inputs().getAsLong()));
        }
        boolean incremental = output != null && previous != null && previous.signature() == signature;
        if (!incremental) {
            SiteRenderer.Outcome outcome = renderer.render(plan, output, compareWith);
            problems.addAll(outcome.problems());
            written = outcome.written();
        } else {
            List<PageJob> changed = plan.stream()
                    .filter(job -> !inputs.get(job.file()).equals(previous.pages().get(job.file()))).toList();
            SiteRenderer.Outcome outcome = renderer.renderAtomically(changed, output);
            problems.addAll(outcome.problems());
            written = outcome.written();
            if (!problems.hasErrors()) {
                for (String file : previous.pages().keySet()) {
                    if (!inputs.containsKey(file)) {
                        java.nio.file.Files.deleteIfExists(output.resolve(file));
                    }
                }
            }
        }
        state = trackState ? new RenderState(signature, inputs, Map.of()) : null;
        timings.lap("render");
        return written;
    }

    /** What this bake rendered, for the next re-bake; null before a successful render. */
    public RenderState state() {
        return problems.hasErrors() ? null : state;
    }

    /** Time per phase of this bake. */
    public Timings timings() {
        return timings;
    }

    public Problems problems() {
        return problems;
    }

    /** The site as read, once {@link #load()} succeeded. */
    public Optional<LoadedSite> site() {
        return Optional.ofNullable(site);
    }

    public List<PageJob> plan() {
        return plan == null ? List.of() : plan;
    }

    public int written() {
        return written;
    }
}

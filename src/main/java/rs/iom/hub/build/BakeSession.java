package rs.iom.hub.build;

import org.apache.commons.configuration2.Configuration;
import rs.iom.hub.check.LinkChecker;
import rs.iom.hub.content.Document;
import rs.iom.hub.content.Problems;
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
    private LoadedSite site;
    private List<PageJob> plan;
    private int written;

    public BakeSession(Path siteFolder, Configuration properties, SiteSettings.Overrides overrides,
                       DocumentCache cache, TextConverters converters) {
        this.siteFolder = Objects.requireNonNull(siteFolder, "siteFolder");
        this.properties = Objects.requireNonNull(properties, "properties");
        this.overrides = Objects.requireNonNull(overrides, "overrides");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.converters = Objects.requireNonNull(converters, "converters");
    }

    /** Reads and checks the whole site; returns false when there are errors (nothing should be rendered). */
    public boolean load() {
        Optional<LoadedSite> loaded = new SiteLoader(siteFolder, cache, converters).load(properties, overrides,
                problems);
        if (loaded.isEmpty()) {
            return false;
        }
        site = loaded.get();
        plan = new SitePages(site.config(), site.content(), site.editions()).plan();
        checkLinks();
        return !problems.hasErrors();
    }

    private void checkLinks() {
        Set<String> sitePaths = new HashSet<>();
        plan.forEach(job -> sitePaths.add(job.file()));
        site.attachments().forEach(p -> sitePaths.add(p.substring("content/".length())));
        site.assets().forEach(p -> sitePaths.add(p.substring("assets/".length())));
        Map<String, Document> published = new HashMap<>();
        site.content().documents().forEach(d -> published.put(d.source(), d));
        Set<String> allSources = new HashSet<>(site.links().keySet());
        Set<String> unreadable = new HashSet<>(allSources);
        site.allDocuments().forEach(d -> unreadable.remove(d.source()));
        LinkChecker checker = new LinkChecker(published, allSources, sitePaths, unreadable);
        site.links().forEach((source, links) -> problems.addAll(checker.check(source, links)));
        for (Document doc : site.allDocuments()) {
            doc.imageTarget().ifPresent(image -> problems.addAll(checker.check(doc.source(),
                    List.of(new rs.iom.hub.markdown.MarkdownLink(true, image, doc.imageAlt(), 1, 1)))));
        }
    }

    /** Renders every planned page into {@code output}; returns the number of files written. */
    public int render(Path output) throws IOException {
        if (site == null || problems.hasErrors()) {
            return 0;
        }
        TemplateEngine templates = new TemplateEngine(siteFolder.resolve("templates").toFile());
        SiteRenderer.Outcome outcome = new SiteRenderer(templates).render(plan, output, false);
        problems.addAll(outcome.problems());
        written = outcome.written();
        return written;
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
